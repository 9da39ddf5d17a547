package be.brussels.international.coordination.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.shared.Submission;
import be.brussels.international.coordination.shared.Redirects;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person joins the cell ({@code /staff/new}, the coordinator or an administrator): their page and account are
 * created, and the one-time link on which they choose their password is shown once to who brought them in (and
 * mailed to them when mail is configured). Their dossiers are then given the usual way, from each dossier.
 */
@Controller
class ArrivalController {

    private static final Submission SUBMISSION = Submission.of("account.conflict");

    private final Accounts accounts;

    private final AccountLinkMail links;

    private final Clock clock;

    ArrivalController(Accounts accounts, AccountLinkMail links, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping("/staff/new")
    String form(Authentication authentication, Model model) {
        ArrivalForm form = new ArrivalForm();
        form.setStartedOn(LocalDate.now(clock));
        model.addAttribute("form", form);
        return page(authentication, model);
    }

    @PostMapping("/staff/new")
    String arrive(@Valid @ModelAttribute("form") ArrivalForm form, BindingResult result,
            Authentication authentication, Locale locale, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Submission.alsoCheck(result, locale, "username", () -> accounts.checkUsernameFree(form.getUsername()));
        return SUBMISSION.onPage(result, locale, response, () -> page(authentication, model),
                () -> page(authentication, model), redirect, "staff.arrived", () -> {
                    Accounts.IssuedLink link = accounts.bringIn(form.toArrival(), form.getRole());
                    redirect.addFlashAttribute("issuedLink", new IssuedLinkNotice(
                            form.getFirstName() + " " + form.getLastName(), links.linkUrl(link.token()),
                            link.expiresAt(), link.mailed()));
                    return Redirects.to("/staff/{username}", link.username());
                });
    }

    private String page(Authentication authentication, Model model) {
        boolean admin = authentication.getAuthorities().stream()
                .anyMatch(authority -> Role.ADMIN.authority().equals(authority.getAuthority()));
        List<Role> roles = Arrays.stream(Role.values()).filter(role -> admin || role != Role.ADMIN).toList();
        model.addAttribute("roles", roles);
        return "staff/new";
    }
}
