package be.brussels.international.coordination.partner.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.partner.Continent;
import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.partner.PartnerCatalog;
import be.brussels.international.coordination.partner.PartnerKind;
import be.brussels.international.coordination.partner.PartnerRegister;
import be.brussels.international.coordination.shared.Choice;
import be.brussels.international.coordination.shared.Countries;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's partners: a new partner ({@code /partners/new}), its details corrected
 * ({@code /partners/{slug}/edit}), its partnership ended ({@code /partners/{slug}/end}) or resumed.
 */
@Controller
class PartnerAdminController {

    private static final Submission SUBMISSION = Submission.of("partner.conflict");

    /** The time zones of places (not "Etc/GMT+3" nor "SystemV/..."), by name. */
    private static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.matches("(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
            .sorted().toList();

    private final PartnerRegister register;

    private final PartnerCatalog catalog;

    private final Clock clock;

    PartnerAdminController(PartnerRegister register, PartnerCatalog catalog, Clock clock) {
        this.register = register;
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping("/partners/new")
    String newPartner(Locale locale, Model model) {
        PartnerForm form = new PartnerForm();
        form.setKind(PartnerKind.CITY);
        model.addAttribute("form", form);
        return form(null, locale, model);
    }

    @PostMapping("/partners/new")
    String add(@Valid @ModelAttribute("form") PartnerForm form, BindingResult result, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (form.getSlug() == null && !result.hasFieldErrors("slug")) {
            result.rejectValue("slug", "NotBlank");
        }
        Submission.alsoCheck(result, locale, "slug", () -> register.checkSlugFree(form.getSlug()));
        return SUBMISSION.onPage(result, locale, response, () -> form(null, locale, model),
                () -> form(null, locale, model), redirect, "partner.added", () -> {
                    Partner partner = register.add(form.getSlug(), form.toDetails());
                    return Redirects.to("/partners/{slug}", partner.getSlug());
                });
    }

    @GetMapping("/partners/{slug}/edit")
    String edit(@PathVariable String slug, Locale locale, Model model) {
        Partner partner = partner(slug);
        model.addAttribute("form", PartnerForm.from(partner.getDetails(), partner.getVersion()));
        return form(partner, locale, model);
    }

    @PostMapping("/partners/{slug}")
    String change(@PathVariable String slug, @Valid @ModelAttribute("form") PartnerForm form, BindingResult result,
            Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Partner partner = partner(slug);
        // Overtaken: what was typed stays, with the conflict message, on the current version (save again to keep it).
        return SUBMISSION.onEditPage(result, locale, response, () -> form(partner, locale, model),
                () -> partner(slug).getVersion(), redirect, "partner.changed", () -> {
            register.change(slug, form.getVersion(), form.toDetails());
            return Redirects.to("/partners/{slug}", slug);
        });
    }

    @GetMapping("/partners/{slug}/end")
    String endPage(@PathVariable String slug, Model model) {
        Partner partner = partner(slug);
        model.addAttribute("endForm", DatedReasonForm.on(LocalDate.now(clock), partner.getVersion()));
        model.addAttribute("partner", partner);
        return "partner/end";
    }

    @PostMapping("/partners/{slug}/end")
    String end(@PathVariable String slug, @Valid @ModelAttribute("endForm") DatedReasonForm form, BindingResult result,
            Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Partner partner = partner(slug);
        model.addAttribute("partner", partner);
        return SUBMISSION.onEditPage(result, locale, response, () -> "partner/end",
                () -> partner(slug).getVersion(), redirect,
                "partner.ended", () -> {
                    register.end(slug, form.getVersion(), form.getEffectiveOn(), form.getReason());
                    return Redirects.to("/partners/{slug}", slug);
                });
    }

    @PostMapping("/partners/{slug}/resume")
    String resume(@PathVariable String slug, @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        partner(slug);
        return SUBMISSION.onRecord(Redirects.to("/partners/{slug}", slug), redirect, "partner.resumed",
                () -> register.resume(slug, version));
    }

    /** GET on an action's address (a reloaded page): the partner's page. */
    @GetMapping("/partners/{slug}/resume")
    String toPartner(@PathVariable String slug) {
        partner(slug);
        return Redirects.to("/partners/{slug}", slug);
    }

    private String form(Partner partner, Locale locale, Model model) {
        model.addAttribute("partner", partner);
        model.addAttribute("kinds", PartnerKind.values());
        model.addAttribute("continents", Continent.values());
        model.addAttribute("countries", Countries.choices(locale));
        model.addAttribute("timeZones", TIME_ZONES.stream().map(zone -> Choice.of(zone, zone)).toList());
        return "partner/form";
    }

    private Partner partner(String slug) {
        return catalog.findBySlug(slug).orElseThrow(() -> new NotFoundException("Partner", slug));
    }
}
