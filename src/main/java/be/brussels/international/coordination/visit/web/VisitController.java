package be.brussels.international.coordination.visit.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import be.brussels.international.coordination.partner.PartnerCatalog;
import be.brussels.international.coordination.shared.Languages;
import be.brussels.international.coordination.shared.ListSort;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.PageLinks;
import be.brussels.international.coordination.shared.PageReads;
import be.brussels.international.coordination.shared.Redirects;
import be.brussels.international.coordination.shared.Submission;
import be.brussels.international.coordination.shared.TableExport;
import be.brussels.international.coordination.visit.DelegationVisit;
import be.brussels.international.coordination.visit.GiftDirection;
import be.brussels.international.coordination.visit.HeadLevel;
import be.brussels.international.coordination.visit.VisitDirection;
import be.brussels.international.coordination.visit.VisitFilter;
import be.brussels.international.coordination.visit.VisitKind;
import be.brussels.international.coordination.visit.VisitStatus;
import be.brussels.international.coordination.visit.Visits;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import be.brussels.international.coordination.web.CachedPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** The register of delegation visits: list, record, change, and the life of one visit. */
@Controller
class VisitController {

    /** Visits refuse in their own words, and say so when someone else changed the visit first. */
    static final Submission SUBMISSION = Submission.of("visit.conflict");

    private final Visits visits;

    private final PartnerCatalog partners;

    private final ProgrammePdf programmePdf;

    private final TableExport export;

    private final PageReads reads;

    VisitController(Visits visits, PartnerCatalog partners, ProgrammePdf programmePdf, TableExport export,
            PageReads reads) {
        this.reads = reads;
        this.visits = visits;
        this.partners = partners;
        this.programmePdf = programmePdf;
        this.export = export;
    }

    /**
     * The printable programme, in the language asked ({@code ?language=fr|nl|en}: French for the hosts,
     * English for the delegation...), by default the reader's. The interface's language is left alone.
     */
    @GetMapping("/visits/{id}/programme.pdf")
    ResponseEntity<byte[]> programme(@PathVariable long id, @RequestParam(required = false) String language,
            Locale locale) {
        Locale printed = language == null ? Languages.supported(locale.getLanguage()) : Languages.supported(language);
        byte[] pdf = programmePdf.render(visit(id), printed);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("programme-" + id + "-" + printed.getLanguage() + ".pdf").build().toString())
                .body(pdf);
    }

    /** Values of the filters that do not bind (an unknown status...) are ignored rather than refused. */
    @CachedPage
    @GetMapping("/visits")
    String list(@ModelAttribute("filter") VisitListForm filter, BindingResult ignoredBindingErrors,
            @RequestParam(required = false) String sort, @PageableDefault(size = 20) Pageable pageable, Locale locale,
            Model model) {
        ListSort sorting = ListSort.of(sort, Visits.SORTABLE);
        model.addAttribute("sorting", sorting);
        return reads.of(() -> {
            Page<DelegationVisit> page = visits.search(filter.toFilter(), sorting.column(), sorting.descending(),
                    locale, pageable);
            model.addAttribute("visits", page.getContent());
            model.addAttribute("paging", PageLinks.of(page));
            addChoices(model, locale, filter.getPartner() == null ? Set.of() : Set.of(filter.getPartner()));
            return "visit/list";
        });
    }

    /** The visits the filters show, every page, as {@code ?export=csv} or {@code ?export=xlsx}. */
    @GetMapping(value = "/visits", params = "export")
    void export(@ModelAttribute("filter") VisitListForm filter, BindingResult ignoredBindingErrors,
            @RequestParam("export") String format, @RequestParam(required = false) String sort, Locale locale,
            HttpServletResponse response) throws IOException {
        VisitFilter chosen = filter.toFilter();
        ListSort sorting = ListSort.of(sort, Visits.SORTABLE);
        export.write(TableExport.Format.of(format), "visits", List.<TableExport.Column<DelegationVisit>>of(
                column("visit.startsOn", DelegationVisit::getStartsOn),
                column("visit.endsOn", DelegationVisit::getEndsOn),
                column("visit.title", DelegationVisit::getTitle),
                column("visit.partner", v -> v.getPartner() == null ? null : v.getPartner().getName().in(locale)),
                column("visit.origin", DelegationVisit::getOrigin),
                column("visit.direction", v -> label("visit.direction." + v.getDirection())),
                column("visit.kind", v -> label("visit.kind." + v.getKind())),
                column("visit.status", v -> label("visit.status." + v.getStatus())),
                column("visit.head.name", DelegationVisit::getHeadName),
                column("visit.head.function", DelegationVisit::getHeadFunction),
                column("visit.size", DelegationVisit::getDelegationSize)),
                TableExport.pages(page -> visits.search(chosen, sorting.column(), sorting.descending(), locale, page)),
                locale, response);
    }

    @GetMapping("/visits/new")
    String create(@RequestParam(required = false) String partner, Locale locale, Model model) {
        VisitForm form = new VisitForm();
        form.setPartner(partner);
        model.addAttribute("form", form);
        return showForm(null, locale, model);
    }

    @PostMapping("/visits")
    String create(@Valid @ModelAttribute("form") VisitForm form, BindingResult result, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        form.validateFor(result);
        return SUBMISSION.onPage(result, locale, response, () -> showForm(null, locale, model),
                () -> showForm(null, locale, model), redirect, "visit.created",
                () -> Redirects.to("/visits/{id}", visits.create(form.toDetails())));
    }

    @CachedPage
    @GetMapping("/visits/{id}")
    String show(@PathVariable long id, Model model) {
        return showVisit(visit(id), model);
    }

    @GetMapping("/visits/{id}/edit")
    String edit(@PathVariable long id, Locale locale, Model model) {
        DelegationVisit visit = visit(id);
        model.addAttribute("form", VisitForm.from(visit));
        return showForm(visit, locale, model);
    }

    @PostMapping("/visits/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") VisitForm form, BindingResult result,
            Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        DelegationVisit visit = visit(id);
        form.validateFor(result);
        return SUBMISSION.onPage(result, locale, response, () -> showForm(visit, locale, model), () -> {
            DelegationVisit current = visit(id);
            form.setVersion(current.getVersion());
            return showForm(current, locale, model);
        }, redirect, "visit.saved", () -> {
            visits.update(id, form.getVersion(), form.toDetails());
            return Redirects.to("/visits/{id}", id);
        });
    }

    @PostMapping("/visits/{id}/logistics")
    String updateLogistics(@PathVariable long id, @RequestParam long version,
            @Valid @ModelAttribute("logistics") LogisticsForm logistics, BindingResult result, Locale locale,
            RedirectAttributes redirect) {
        visit(id);
        logistics.validateFor(result);
        // Said with the form's other mistakes, not on the next save.
        Submission.alsoCheck(result, locale, "escortRequestedOn",
                () -> visits.checkEscortRequestedOn(logistics.getEscortRequestedOn()));
        return SUBMISSION.onRecord(Redirects.toSection("logistics-title", "/visits/{id}", id), redirect, "logistics",
                logistics, result, locale, "visit.logistics.saved",
                () -> visits.updateLogistics(id, version, logistics.toLogistics()));
    }

    @PostMapping("/visits/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        visit(id);
        return SUBMISSION.onRecord(Redirects.to("/visits/{id}", id), redirect, "visit.confirmed",
                () -> visits.confirm(id, version));
    }

    @PostMapping("/visits/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        visit(id);
        return SUBMISSION.onRecord(Redirects.to("/visits/{id}", id), redirect, "visit.cancelled",
                () -> visits.cancel(id, version));
    }

    @PostMapping("/visits/{id}/complete")
    String complete(@PathVariable long id, @RequestParam long version,
            @Valid @ModelAttribute("followUp") FollowUpForm followUp, BindingResult result, Locale locale,
            RedirectAttributes redirect) {
        visit(id);
        return SUBMISSION.onRecord(Redirects.to("/visits/{id}", id), redirect, "followUp", followUp, result, locale,
                "visit.completed", () -> visits.complete(id, version, followUp.toFollowUp()));
    }

    private String showVisit(DelegationVisit visit, Model model) {
        model.addAttribute("visit", visit);
        // A visit is closed once it has ended: the follow-up form is offered from its last day.
        model.addAttribute("ended", !visit.getEndsOn().isAfter(visits.today()));
        if (!model.containsAttribute("member")) {
            model.addAttribute("member", new MemberForm());
        }
        if (!model.containsAttribute("item")) {
            ItemForm item = new ItemForm();
            item.setDay(visit.getStartsOn());
            model.addAttribute("item", item);
        }
        if (!model.containsAttribute("gift")) {
            model.addAttribute("gift", new GiftForm());
        }
        if (!model.containsAttribute("interpreter")) {
            model.addAttribute("interpreter", new InterpreterForm());
        }
        model.addAttribute("giftDirections", GiftDirection.values());
        if (!model.containsAttribute("logistics")) {
            model.addAttribute("logistics", LogisticsForm.from(visit.getLogistics()));
        }
        if (!model.containsAttribute("followUp")) {
            model.addAttribute("followUp", new FollowUpForm());
        }
        return "visit/show";
    }

    private String showForm(DelegationVisit visit, Locale locale, Model model) {
        model.addAttribute("visit", visit);
        addChoices(model, locale, visit == null || visit.getPartner() == null ? Set.of()
                : Set.of(visit.getPartner().getSlug()));
        return "visit/form";
    }

    /** The partners whose partnership runs, and those {@code kept} (the record's, the filter's). */
    private void addChoices(Model model, Locale locale, Set<String> kept) {
        model.addAttribute("partners", partners.choices(locale, kept));
        model.addAttribute("directions", VisitDirection.values());
        model.addAttribute("kinds", VisitKind.values());
        model.addAttribute("statuses", VisitStatus.values());
        model.addAttribute("headLevels", HeadLevel.values());
    }

    private DelegationVisit visit(long id) {
        return visits.find(id).orElseThrow(() -> new NotFoundException("Visit", id));
    }
}
