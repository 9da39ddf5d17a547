package be.brussels.international.coordination.security;

import jakarta.servlet.http.HttpServletRequest;
import be.brussels.international.coordination.shared.Redirects;
import be.brussels.international.coordination.shared.Submission;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own password ({@code /account/password}), and the page of a one-time link
 * ({@code /account/link/{token}}, then {@code /account/link}) on which a new person, or one who forgot theirs,
 * chooses a password. The link's pages are open to anonymous readers and throttled like the login: an unknown,
 * used or expired link counts as a failed attempt from that address.
 */
@Controller
class AccountController {

    /** The session attribute holding the secret of the link being used. */
    private static final String TOKEN = AccountController.class.getName() + ".token";

    private final Accounts accounts;

    private final LoginThrottle throttle;

    AccountController(Accounts accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @ModelAttribute("passwordForm")
    PasswordForm passwordForm() {
        return new PasswordForm();
    }

    @GetMapping("/account/password")
    String passwordPage(Authentication authentication, Model model) {
        model.addAttribute("provider", authentication instanceof OAuth2AuthenticationToken);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "account/password";
    }

    @PostMapping("/account/password")
    String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
            Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        String address = request.getRemoteAddr();
        long minutes = throttle.minutesToWait(authentication.getName(), address);
        if (minutes > 0) {
            result.reject("login.locked", new Object[] { minutes }, null);
        }
        if (form.getCurrentPassword() == null) {
            result.rejectValue("currentPassword", "NotBlank");
        }
        if (form.isMistyped()) {
            result.rejectValue("confirmation", "account.password.mismatch");
        }
        if (!result.hasErrors()) {
            try {
                accounts.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword(),
                        request.getSession().getId());
                throttle.succeeded(authentication.getName());
                redirect.addFlashAttribute("success", "account.password.changed");
                return Redirects.to("/staff/{username}", authentication.getName());
            }
            catch (AccountRefused refused) {
                Submission.reject(result, refused, LocaleContextHolder.getLocale());
                if (refused.getField() != null && refused.getField().equals("currentPassword")) {
                    throttle.failed(authentication.getName(), address);
                }
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return passwordPage(authentication, model);
    }

    /**
     * The link as mailed: its key (the secret's hash) goes into the session and the browser on to
     * {@code /account/link}, so that the secret leaves the address bar (no history, no Referer) before anything is
     * typed, and is kept nowhere.
     */
    @GetMapping("/account/link/{token}")
    String openLink(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        if (locked(request, response, model)) {
            return "account/link";
        }
        if (accounts.holderOf(token).isEmpty()) {
            return unusable(request, response, model);
        }
        request.getSession().setAttribute(TOKEN, Accounts.keyOf(token)); // the secret's hash, not the secret
        return "redirect:/account/link";
    }

    @GetMapping("/account/link")
    String linkPage(HttpServletRequest request, HttpServletResponse response, Model model) {
        Accounts.LinkHolder holder = holder(request);
        if (holder == null) {
            return unusable(request, response, model);
        }
        return linkForm(holder, model);
    }

    @PostMapping("/account/link")
    String choosePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (locked(request, response, model)) {
            return "account/link";
        }
        Accounts.LinkHolder holder = holder(request);
        if (holder == null) {
            return unusable(request, response, model);
        }
        if (form.isMistyped()) {
            result.rejectValue("confirmation", "account.password.mismatch");
        }
        if (!result.hasErrors()) {
            try {
                String username = accounts.choosePassword((String) request.getSession().getAttribute(TOKEN),
                        form.getNewPassword());
                request.getSession().removeAttribute(TOKEN);
                redirect.addFlashAttribute("success", "account.link.done");
                redirect.addFlashAttribute("username", username);
                return "redirect:/login";
            }
            catch (AccountRefused refused) {
                Submission.reject(result, refused, LocaleContextHolder.getLocale());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return linkForm(holder, model);
    }

    private String linkForm(Accounts.LinkHolder holder, Model model) {
        model.addAttribute("holder", holder);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "account/link";
    }

    /** Whose link the session holds, while it can be used. */
    private Accounts.LinkHolder holder(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object key = session == null ? null : session.getAttribute(TOKEN);
        return key instanceof String linkKey ? accounts.holderOfKey(linkKey).orElse(null) : null;
    }

    /** Too many wrong links from this address: the page says how long to wait (429). */
    private boolean locked(HttpServletRequest request, HttpServletResponse response, Model model) {
        long minutes = throttle.minutesToWait(null, linkKey(request));
        if (minutes == 0) {
            return false;
        }
        response.setStatus(429);
        model.addAttribute("lockedMinutes", minutes);
        return true;
    }

    /** An unknown, used or expired link: the same answer for each (410), counted as a failed attempt. */
    private String unusable(HttpServletRequest request, HttpServletResponse response, Model model) {
        throttle.failed(null, linkKey(request));
        response.setStatus(HttpServletResponse.SC_GONE);
        model.addAttribute("unusable", true);
        return "account/link";
    }

    /** Wrong links are counted per address apart from failed logins: neither locks the other. */
    private static String linkKey(HttpServletRequest request) {
        return "link " + request.getRemoteAddr();
    }
}
