package be.brussels.international.coordination.dossier.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import be.brussels.international.coordination.dossier.Dossier;
import be.brussels.international.coordination.dossier.DossierQueries;
import be.brussels.international.coordination.dossier.Holding;
import be.brussels.international.coordination.dossier.ReassignmentKind;
import be.brussels.international.coordination.dossier.Reassignments;
import be.brussels.international.coordination.shared.Choice;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.Redirects;
import be.brussels.international.coordination.shared.Submission;
import be.brussels.international.coordination.staff.StaffDirectory;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator reassigns one dossier, or undoes its latest decision. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class ReassignmentController {

    /** Reassignments refuse in their own words, and say so when someone else changed the dossier first. */
    private static final Submission SUBMISSION = Submission.of("reassignment.conflict");

    private static final String VIEW = "dossier/reassign";

    private final DossierQueries dossiers;

    private final Reassignments reassignments;

    private final StaffDirectory staff;

    private final Clock clock;

    ReassignmentController(DossierQueries dossiers, Reassignments reassignments, StaffDirectory staff, Clock clock) {
        this.dossiers = dossiers;
        this.reassignments = reassignments;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping("/dossiers/{code}/reassign")
    String form(@PathVariable String code, @RequestParam(required = false) String holder, Model model) {
        Dossier dossier = dossier(code);
        ReassignmentForm form = new ReassignmentForm();
        form.setEffectiveOn(LocalDate.now(clock));
        form.setVersion(dossier.getVersion());
        form.setHolder(holder);
        model.addAttribute("form", form);
        return show(dossier, model);
    }

    @PostMapping("/dossiers/{code}/reassign")
    String reassign(@PathVariable String code, @Valid @ModelAttribute("form") ReassignmentForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect,
            java.util.Locale locale) {
        Dossier dossier = dossier(code);
        form.validateFor(result);
        // Someone else changed the dossier meanwhile: what it is now is shown, what was typed kept, asked again.
        return SUBMISSION.onPage(result, locale, response, () -> show(dossier, model), () -> {
            Dossier current = dossier(code);
            form.setVersion(current.getVersion());
            return show(current, model);
        }, redirect, "reassignment.done", () -> {
            reassignments.decide(form.toDecision(code));
            return Redirects.to("/dossiers/{code}", code);
        });
    }

    @PostMapping("/dossiers/{code}/undo")
    String undo(@PathVariable String code, @RequestParam(defaultValue = "-1") long version,
            @ModelAttribute("undo") UndoForm undo, BindingResult ignoredBindingErrors, RedirectAttributes redirect) {
        dossier(code);
        return SUBMISSION.onRecord(Redirects.to("/dossiers/{code}", code), redirect, "reassignment.undone",
                () -> reassignments.undoLatest(code, version, undo.getReason()));
    }

    private String show(Dossier dossier, Model model) {
        model.addAttribute("dossier", dossier);
        List<Holding> holders = dossiers.currentHoldingsOf(dossier);
        model.addAttribute("holders", holders);
        model.addAttribute("holderChoices", holders.stream().map(holding -> Choice.of(
                holding.getStaffMember().getUsername(), holding.getStaffMember().getFullName())).toList());
        model.addAttribute("people", staff.present().stream()
                .map(person -> Choice.of(person.getUsername(), person.getFullName())).toList());
        model.addAttribute("kinds", List.of(ReassignmentKind.REPLACE, ReassignmentKind.ADD, ReassignmentKind.REMOVE));
        return VIEW;
    }

    private Dossier dossier(String code) {
        return dossiers.findByCode(code).orElseThrow(() -> new NotFoundException("Dossier", code));
    }
}
