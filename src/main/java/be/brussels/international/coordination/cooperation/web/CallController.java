package be.brussels.international.coordination.cooperation.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.cooperation.ApplicationStatus;
import be.brussels.international.coordination.cooperation.CallForProjects;
import be.brussels.international.coordination.cooperation.Calls;
import be.brussels.international.coordination.cooperation.ProjectApplication;
import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.partner.PartnerCatalog;
import be.brussels.international.coordination.shared.Choice;
import be.brussels.international.coordination.shared.LocalizedText;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.ListSort;
import be.brussels.international.coordination.shared.PageLinks;
import be.brussels.international.coordination.shared.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import be.brussels.international.coordination.shared.Redirects;
import be.brussels.international.coordination.shared.Submission;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static be.brussels.international.coordination.shared.TableExport.column;
import static be.brussels.international.coordination.shared.TableExport.label;

/** Calls for projects: list, record, and the life of one call and its applications. */
@Controller
class CallController {

    /** Calls refuse in their own words, and say so when someone else changed the call first. */
    private static final Submission SUBMISSION = Submission.of("call.conflict");

    private final Calls calls;

    private final PartnerCatalog partners;

    private final TableExport export;

    CallController(Calls calls, PartnerCatalog partners, TableExport export) {
        this.export = export;
        this.calls = calls;
        this.partners = partners;
    }

    @GetMapping("/calls")
    String list(@RequestParam(required = false) String sort, @PageableDefault(size = 20) Pageable pageable,
            Locale locale, Model model) {
        ListSort sorting = ListSort.of(sort, Calls.SORTABLE);
        model.addAttribute("sorting", sorting);
        Page<CallForProjects> page = calls.all(sorting.column(), sorting.descending(), locale, pageable);
        model.addAttribute("calls", page.getContent());
        model.addAttribute("paging", PageLinks.of(page));
        model.addAttribute("canEdit", calls.canEdit());
        return "cooperation/list";
    }

    /** Every call, as {@code ?export=csv} or {@code ?export=xlsx}. */
    @GetMapping(value = "/calls", params = "export")
    void export(@RequestParam(required = false) String sort, @RequestParam("export") String format, Locale locale,
            HttpServletResponse response) throws IOException {
        ListSort sorting = ListSort.of(sort, Calls.SORTABLE);
        export.write(TableExport.Format.of(format), "calls", List.<TableExport.Column<CallForProjects>>of(
                column("call.year", CallForProjects::getYear),
                column("call.title", c -> c.getTitle().in(locale)),
                column("call.theme", CallForProjects::getTheme),
                column("call.opensOn", CallForProjects::getOpensOn),
                column("call.deadline", CallForProjects::getDeadlineOn),
                column("call.budget.euros", CallForProjects::getBudget),
                column("call.committed", CallForProjects::getCommitted),
                column("call.status", c -> label("call.status." + c.getStatus()))),
                TableExport.pages(page -> calls.all(sorting.column(), sorting.descending(), locale, page)), locale, response);
    }

    @GetMapping("/calls/new")
    String create(Locale locale, Model model) {
        calls.checkCanEdit();
        model.addAttribute("form", new CallForm());
        return showForm(locale, model);
    }

    @PostMapping("/calls")
    String create(@Valid @ModelAttribute("form") CallForm form, BindingResult result, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        calls.checkCanEdit();
        form.validateFor(result);
        return SUBMISSION.onPage(result, locale, response, () -> showForm(locale, model), () -> showForm(locale, model),
                redirect, "call.created", () -> Redirects.to("/calls/{id}", calls.create(
                        new LocalizedText(form.getTitleFr(), form.getTitleNl(), form.getTitleEn()), form.getYear(),
                        form.getTheme(), form.getOpensOn(), form.getDeadlineOn(), form.getBudget(), form.getTargets())));
    }

    @GetMapping("/calls/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        return showCall(call(id), locale, model);
    }

    /** The call's applications, as {@code ?export=csv} or {@code ?export=xlsx}. */
    @GetMapping(value = "/calls/{id}", params = "export")
    void exportApplications(@PathVariable long id, @RequestParam("export") String format, Locale locale,
            HttpServletResponse response) throws IOException {
        CallForProjects call = call(id);
        export.write(TableExport.Format.of(format), "applications-" + call.getYear() + "-" + id,
                List.<TableExport.Column<ProjectApplication>>of(
                        column("call.application.title", ProjectApplication::getTitle),
                        column("call.application.applicant", ProjectApplication::getApplicant),
                        column("call.application.partner", a -> a.getPartner().getName().in(locale)),
                        column("call.application.requested.euros", ProjectApplication::getRequested),
                        column("call.application.granted.euros", ProjectApplication::getGranted),
                        column("call.application.score", ProjectApplication::getScore),
                        column("call.status", a -> label("application.status." + a.getStatus()))),
                call.getApplications()::forEach, locale, response);
    }

    @PostMapping("/calls/{id}/advance")
    String advance(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        calls.checkCanEdit();
        return act(id, redirect, "call.advanced", () -> calls.advance(id, version));
    }

    @PostMapping("/calls/{id}/applications")
    String receive(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
            @Valid @ModelAttribute("applicationForm") ApplicationForm application, BindingResult result, Locale locale,
            RedirectAttributes redirect) {
        calls.checkCanEdit();
        if (!call(id).receivesApplications()) {
            // The form is not on the page then: its messages would have nowhere to show.
            redirect.addFlashAttribute("failure", "cooperation.refused.callNotOpen");
            return Redirects.to("/calls/{id}", id);
        }
        application.validateFor(result);
        return SUBMISSION.onRecord(Redirects.toSection("applications", "/calls/{id}", id), redirect, "applicationForm",
                application, result, locale, "call.application.received",
                () -> calls.receive(id, version, application.getPartner(), application.getApplicant(),
                        application.getTitle(), application.getRequested(), application.getStartsOn(),
                        application.getEndsOn()));
    }

    @PostMapping("/calls/{id}/applications/{applicationId}/evaluate")
    String evaluate(@PathVariable long id, @PathVariable long applicationId,
            @RequestParam(defaultValue = "-1") long version, @ModelAttribute("evaluation") EvaluationForm evaluation,
            BindingResult ignoredBindingErrors, RedirectAttributes redirect) {
        calls.checkCanEdit();
        // What was typed comes back in the application's fields if the evaluation is refused.
        typedBack(redirect, applicationId).addFlashAttribute("typedScore", evaluation.getScore())
                .addFlashAttribute("typedComments", evaluation.getComments());
        if (!evaluation.isScoreReadable()) {
            redirect.addFlashAttribute("failure", "cooperation.refused.score");
            return Redirects.toSection("applications", "/calls/{id}", id);
        }
        return act(id, redirect, "call.application.evaluated",
                () -> calls.evaluate(id, version, applicationId, evaluation.score(), evaluation.getComments()));
    }

    @PostMapping("/calls/{id}/applications/{applicationId}/decide")
    String decide(@PathVariable long id, @PathVariable long applicationId,
            @RequestParam(defaultValue = "-1") long version, @ModelAttribute("decision") DecisionForm decision,
            BindingResult binding, RedirectAttributes redirect) {
        calls.checkCanEdit();
        if (binding.hasErrors() || decision.getStatus() == null) {
            redirect.addFlashAttribute("failure", "cooperation.refused.transition");
            return Redirects.toSection("applications", "/calls/{id}", id);
        }
        return act(id, redirect, "call.application.decided",
                () -> calls.decide(id, version, applicationId, decision.getStatus()));
    }

    @PostMapping("/calls/{id}/applications/{applicationId}/grant")
    String grant(@PathVariable long id, @PathVariable long applicationId,
            @RequestParam(defaultValue = "-1") long version, @ModelAttribute("grant") GrantForm grant,
            BindingResult ignoredBindingErrors, RedirectAttributes redirect) {
        calls.checkCanEdit();
        // What was typed comes back in the application's amount field if the grant is refused.
        typedBack(redirect, applicationId).addFlashAttribute("typedAmount", grant.getAmount());
        if (grant.amount() == null) {
            redirect.addFlashAttribute("failure", "cooperation.refused.amount");
            return Redirects.toSection("applications", "/calls/{id}", id);
        }
        return act(id, redirect, "call.application.awarded",
                () -> calls.grant(id, version, applicationId, grant.amount(), grant.isOverBudget()));
    }

    private static RedirectAttributes typedBack(RedirectAttributes redirect, long applicationId) {
        return redirect.addFlashAttribute("typedApplication", applicationId);
    }

    private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        call(id);
        return SUBMISSION.onRecord(Redirects.toSection("applications", "/calls/{id}", id), redirect, done, action);
    }

    private String showCall(CallForProjects call, Locale locale, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("canEdit", calls.canEdit());
        // Not « application »: in a template that name is the servlet context's attributes (Thymeleaf), which hid
        // the form from its fields' required marks.
        if (!model.containsAttribute("applicationForm")) {
            model.addAttribute("applicationForm", new ApplicationForm());
        }
        // Those an application may come from (CallForProjects.receive): the call's targets, while they are partners of
        // the development cooperation whose partnership runs; any such partner when it names none.
        List<Partner> applicants = call.getTargets().isEmpty() ? developmentPartners(locale)
                : call.getTargets().stream().filter(p -> p.isDevelopmentCooperation() && !p.isFormer())
                        .sorted(Partner.byName(locale)).toList();
        model.addAttribute("partners", applicants.stream()
                .map(partner -> Choice.of(partner.getSlug(), partner.getName().in(locale))).toList());
        return "cooperation/show";
    }

    private String showForm(Locale locale, Model model) {
        model.addAttribute("partners", developmentPartners(locale).stream()
                .map(partner -> Choice.of(partner.getSlug(), partner.getName().in(locale))).toList());
        return "cooperation/form";
    }

    private List<Partner> developmentPartners(Locale locale) {
        return partners.inDevelopmentCooperation(locale);
    }


    private CallForProjects call(long id) {
        return calls.find(id).orElseThrow(() -> new NotFoundException("Call", id));
    }
}
