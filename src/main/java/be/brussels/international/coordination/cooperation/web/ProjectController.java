package be.brussels.international.coordination.cooperation.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.cooperation.Calls;
import be.brussels.international.coordination.cooperation.Projects;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.Redirects;
import be.brussels.international.coordination.shared.Submission;
import be.brussels.international.coordination.shared.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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

/** A funded project (its reports and payments), and the summary of the calls by year. */
@Controller
class ProjectController {

    /** Projects refuse in the cooperation module's words. */
    private static final Submission SUBMISSION = Submission.of("call.conflict");

    private final Projects projects;

    private final Calls calls;

    private final Clock clock;

    private final TableExport export;

    ProjectController(Projects projects, Calls calls, Clock clock, TableExport export) {
        this.export = export;
        this.projects = projects;
        this.calls = calls;
        this.clock = clock;
    }

    @GetMapping("/projects/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("project", projects.find(id).orElseThrow(() -> new NotFoundException("Project", id)));
        model.addAttribute("canEdit", calls.canEdit());
        model.addAttribute("canReport", projects.canRecordReports(id));
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("reportForm")) {
            model.addAttribute("reportForm", new ReportForm());
        }
        if (!model.containsAttribute("paymentForm")) {
            model.addAttribute("paymentForm", PaymentForm.of(LocalDate.now(clock)));
        }
        return "cooperation/project";
    }

    @GetMapping("/calls/summary")
    String summary(Model model) {
        model.addAttribute("years", projects.summaryByYear());
        return "cooperation/summary";
    }

    /** The yearly summary as {@code ?export=csv} or {@code ?export=xlsx}. */
    @GetMapping(value = "/calls/summary", params = "export")
    void exportSummary(@RequestParam("export") String format, Locale locale, HttpServletResponse response)
            throws IOException {
        List<Projects.YearSummary> years = projects.summaryByYear();
        export.write(TableExport.Format.of(format), "summary", List.<TableExport.Column<Projects.YearSummary>>of(
                column("call.year", Projects.YearSummary::year),
                column("call.budget.euros", Projects.YearSummary::budget),
                column("call.application.granted", Projects.YearSummary::granted),
                column("project.paid", Projects.YearSummary::paid)),
                years::forEach, locale, response);
    }

    @PostMapping("/projects/{id}/reports")
    String addReport(@PathVariable long id, @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult result,
            Locale locale, RedirectAttributes redirect) {
        projects.checkCanRecordReports(id);
        return SUBMISSION.onRecord(back(id, "reports"), redirect, "reportForm", form, result, locale,
                "project.report.added", () -> projects.addReport(id, form.getDueOn(), form.getNote()));
    }

    @PostMapping("/projects/{id}/reports/{reportId}/received")
    String receive(@PathVariable long id, @PathVariable long reportId, RedirectAttributes redirect) {
        return SUBMISSION.onRecord(back(id, "reports"), redirect, "project.report.received",
                () -> projects.receiveReport(id, reportId, LocalDate.now(clock)));
    }

    /** A report recorded by mistake (not received yet) is removed, after a confirmation. */
    @PostMapping("/projects/{id}/reports/{reportId}/delete")
    String removeReport(@PathVariable long id, @PathVariable long reportId, RedirectAttributes redirect) {
        return SUBMISSION.onRecord(back(id, "reports"), redirect, "project.report.removed",
                () -> projects.removeReport(id, reportId));
    }

    /** A payment recorded by mistake is removed, after a confirmation. */
    @PostMapping("/projects/{id}/payments/{paymentId}/delete")
    String removePayment(@PathVariable long id, @PathVariable long paymentId, RedirectAttributes redirect) {
        return SUBMISSION.onRecord(back(id, "payments"), redirect, "project.payment.removed",
                () -> projects.removePayment(id, paymentId));
    }

    @PostMapping("/projects/{id}/payments")
    String addPayment(@PathVariable long id, @Valid @ModelAttribute("paymentForm") PaymentForm form,
            BindingResult result, Locale locale, RedirectAttributes redirect) {
        calls.checkCanEdit();
        BigDecimal amount = form.amount();
        if (!result.hasFieldErrors("amount") && amount == null) {
            result.rejectValue("amount", "cooperation.refused.amount");
        }
        return SUBMISSION.onRecord(back(id, "payments"), redirect, "paymentForm", form, result, locale,
                "project.payment.added", () -> projects.addPayment(id, form.getPaidOn(), amount));
    }

    private static String back(long id, String section) {
        return Redirects.toSection(section, "/projects/{id}", id);
    }
}
