package be.brussels.international.coordination.dossier.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import be.brussels.international.coordination.dossier.Dossier;
import be.brussels.international.coordination.dossier.DossierKind;
import be.brussels.international.coordination.dossier.DossierQueries;
import be.brussels.international.coordination.dossier.ThematicDossiers;
import be.brussels.international.coordination.shared.DatedReasonForm;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.Redirects;
import be.brussels.international.coordination.shared.Submission;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's thematic dossiers: a new one ({@code /dossiers/new}), renamed ({@code /dossiers/{code}/edit}),
 * retired ({@code /dossiers/{code}/retire}). Holders are given the usual way, from the dossier's page.
 */
@Controller
class ThematicDossierController {

    private static final Submission SUBMISSION = Submission.of("dossier.conflict");

    private final ThematicDossiers thematic;

    private final DossierQueries dossiers;

    private final Clock clock;

    ThematicDossierController(ThematicDossiers thematic, DossierQueries dossiers, Clock clock) {
        this.thematic = thematic;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    @GetMapping("/dossiers/new")
    String newDossier(Model model) {
        model.addAttribute("form", new ThematicForm());
        return "dossier/thematic";
    }

    @PostMapping("/dossiers/new")
    String create(@Valid @ModelAttribute("form") ThematicForm form, BindingResult result, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (form.getCode() == null && !result.hasFieldErrors("code")) {
            result.rejectValue("code", "NotBlank");
        }
        Submission.alsoCheck(result, locale, "code", () -> thematic.checkCodeFree(form.getCode()));
        return SUBMISSION.onPage(result, locale, response, () -> "dossier/thematic", () -> "dossier/thematic",
                redirect, "dossier.created", () -> {
                    Dossier dossier = thematic.create(form.getCode(), form.toTitle());
                    return Redirects.to("/dossiers/{code}", dossier.getCode());
                });
    }

    @GetMapping("/dossiers/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        Dossier dossier = thematic(code);
        model.addAttribute("dossier", dossier);
        model.addAttribute("form", ThematicForm.from(dossier.getName(), dossier.getVersion()));
        return "dossier/thematic";
    }

    @PostMapping("/dossiers/{code}/edit")
    String rename(@PathVariable String code, @Valid @ModelAttribute("form") ThematicForm form, BindingResult result,
            Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("dossier", thematic(code));
        // Overtaken: what was typed stays, with the conflict message, on the current version (save again to keep it).
        return SUBMISSION.onEditPage(result, locale, response, () -> "dossier/thematic",
                () -> thematic(code).getVersion(), redirect, "dossier.renamed", () -> {
            thematic.rename(code, form.getVersion(), form.toTitle());
            return Redirects.to("/dossiers/{code}", code);
        });
    }

    @GetMapping("/dossiers/{code}/retire")
    String retirePage(@PathVariable String code, Model model) {
        Dossier dossier = thematic(code);
        model.addAttribute("dossier", dossier);
        model.addAttribute("retireForm", DatedReasonForm.on(LocalDate.now(clock), dossier.getVersion()));
        return "dossier/retire";
    }

    @PostMapping("/dossiers/{code}/retire")
    String retire(@PathVariable String code, @Valid @ModelAttribute("retireForm") DatedReasonForm form,
            BindingResult result, Locale locale, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        model.addAttribute("dossier", thematic(code));
        return SUBMISSION.onEditPage(result, locale, response, () -> "dossier/retire",
                () -> thematic(code).getVersion(), redirect,
                "dossier.retired", () -> {
                    thematic.retire(code, form.getVersion(), form.getEffectiveOn(), form.getReason());
                    return Redirects.to("/dossiers/{code}", code);
                });
    }

    /** A thematic dossier; a partner's dossier is renamed with its partner (404 here). */
    private Dossier thematic(String code) {
        return dossiers.findByCode(code).filter(dossier -> dossier.getKind() == DossierKind.THEMATIC)
                .orElseThrow(() -> new NotFoundException("Dossier", code));
    }
}
