package be.brussels.international.coordination.communication.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import be.brussels.international.coordination.communication.Audience;
import be.brussels.international.coordination.communication.Newsletter;
import be.brussels.international.coordination.security.LoginThrottle;
import be.brussels.international.coordination.shared.Enums;
import be.brussels.international.coordination.shared.Redirects;
import be.brussels.international.coordination.shared.Submission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « The Brussels globe » for the public, under {@code /public/} (the one prefix a reverse proxy publishes): the
 * subscription page, the confirmation of a subscription, the preferences and the one-click unsubscription of
 * each message. Anonymous; throttled per network address like the login. The answer to a subscription never
 * says whether the address was known.
 */
@Controller
class PublicNewsletterController {

    private static final Submission SUBMISSION = Submission.of("newsletter.conflict");

    private final Newsletter newsletter;

    private final LoginThrottle throttle;

    PublicNewsletterController(Newsletter newsletter, LoginThrottle throttle) {
        this.newsletter = newsletter;
        this.throttle = throttle;
    }

    /** The short address people are given (« /newsletter »): the public page, where a proxy publishes it. */
    @GetMapping("/newsletter")
    String shortAddress() {
        return "redirect:/public/newsletter";
    }

    @GetMapping("/public/newsletter")
    String page(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new SubscriptionForm());
        }
        return subscriptionPage(model);
    }

    @PostMapping("/public/newsletter")
    String subscribe(@Valid @ModelAttribute("form") SubscriptionForm form, BindingResult result, Locale locale,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String address = "newsletter " + request.getRemoteAddr();
        long minutes = throttle.minutesToWait(null, address);
        if (minutes > 0) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            result.reject("newsletter.locked", new Object[] { minutes }, null);
            return subscriptionPage(model);
        }
        if (!result.hasErrors()) {
            // Every request counts, accepted or not: a script cannot send a thousand confirmations.
            throttle.failed(null, address);
        }
        return SUBMISSION.onPage(result, locale, response, () -> subscriptionPage(model),
                () -> subscriptionPage(model), redirect, "newsletter.subscribed", () -> {
                    newsletter.subscribe(form.getEmail(), form.getLanguages(), locale);
                    return "redirect:/public/newsletter/thanks";
                });
    }

    @GetMapping("/public/newsletter/thanks")
    String thanks() {
        return "communication/thanks";
    }

    /** The link of the confirmation message: a page with a button (a mail scanner that follows links confirms nothing). */
    @GetMapping("/public/newsletter/confirm/{token}")
    String confirmPage(@PathVariable String token, HttpServletResponse response, Model model) {
        return newsletter.confirmable(token).map(email -> {
            model.addAttribute("email", email);
            model.addAttribute("token", token);
            return "communication/confirm";
        }).orElseGet(() -> unusable(response));
    }

    @PostMapping("/public/newsletter/confirm/{token}")
    String confirm(@PathVariable String token, HttpServletResponse response, RedirectAttributes redirect) {
        if (!newsletter.confirm(token)) {
            return unusable(response);
        }
        redirect.addFlashAttribute("success", "newsletter.confirmed");
        return "redirect:/public/newsletter/thanks";
    }

    @GetMapping("/public/newsletter/preferences/{id}/{signature}")
    String preferences(@PathVariable String id, @PathVariable String signature, HttpServletResponse response,
            Model model) {
        return subscription(id, signature).map(subscription -> {
            model.addAttribute("subscription", subscription);
            if (!model.containsAttribute("languagesForm")) {
                LanguagesForm form = new LanguagesForm();
                form.setLanguages(subscription.languages());
                form.setLists(subscription.lists());
                model.addAttribute("languagesForm", form);
            }
            model.addAttribute("languages", Newsletter.LANGUAGES);
            model.addAttribute("signature", signature);
            return "communication/preferences";
        }).orElseGet(() -> unusable(response));
    }

    @PostMapping("/public/newsletter/preferences/{id}/{signature}")
    String changePreferences(@PathVariable String id, @PathVariable String signature,
            @ModelAttribute("languagesForm") LanguagesForm form, BindingResult result, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!isId(id)) {
            return unusable(response);
        }
        return SUBMISSION.onRecord(Redirects.to("/public/newsletter/preferences/{id}/{signature}", id, signature),
                redirect, "languagesForm", form, result, locale, "newsletter.preferences.saved",
                () -> newsletter.changePreferences(Long.parseLong(id), signature, form.getLanguages(),
                        form.getLists()));
    }

    /** From a message's link: a page with the one button (and the other languages' words). */
    @GetMapping("/public/newsletter/unsubscribe/{id}/{signature}")
    String unsubscribePage(@PathVariable String id, @PathVariable String signature,
            @RequestParam(name = "list", required = false) String list, HttpServletResponse response, Model model) {
        return subscription(id, signature).map(subscription -> {
            Audience leaving = leaving(list, subscription.lists());
            model.addAttribute("subscription", subscription);
            model.addAttribute("signature", signature);
            model.addAttribute("list", leaving);
            return "communication/unsubscribe";
        }).orElseGet(() -> unusable(response));
    }

    /** The page's button. */
    @PostMapping(value = "/public/newsletter/unsubscribe/{id}/{signature}", params = "!List-Unsubscribe")
    String unsubscribe(@PathVariable String id, @PathVariable String signature,
            @RequestParam(name = "list", required = false) String list, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!isId(id) || !newsletter.unsubscribe(Long.parseLong(id), signature, Enums.parse(Audience.class, list))) {
            return unusable(response);
        }
        redirect.addFlashAttribute("success", "newsletter.unsubscribed");
        return "redirect:/public/newsletter/thanks";
    }

    /**
     * RFC 8058: a mail client posts {@code List-Unsubscribe=One-Click} to the address of the message's
     * List-Unsubscribe header, without a page, without a cookie (no CSRF token: the signature is the proof).
     */
    @PostMapping(value = "/public/newsletter/unsubscribe/{id}/{signature}", params = "List-Unsubscribe=One-Click")
    @ResponseBody
    ResponseEntity<String> oneClick(@PathVariable String id, @PathVariable String signature,
            @RequestParam(name = "list", required = false) String list) {
        return isId(id) && newsletter.unsubscribe(Long.parseLong(id), signature, Enums.parse(Audience.class, list))
                ? ResponseEntity.ok("Unsubscribed") : ResponseEntity.status(HttpStatus.GONE).body("Unknown link");
    }

    /** The subscription of a message's signed link; empty (the « unusable link » page) for anything else. */
    private Optional<Newsletter.Subscription> subscription(String id, String signature) {
        return isId(id) ? newsletter.subscription(Long.parseLong(id), signature) : Optional.empty();
    }

    /** The list left from a message of that list, when the person is on another one too; null: all of it. */
    private static Audience leaving(String list, List<Audience> lists) {
        Audience asked = Enums.parse(Audience.class, list);
        return asked != null && lists.contains(asked) && lists.size() > 1 ? asked : null;
    }

    private static boolean isId(String id) {
        return id != null && id.matches("[0-9]{1,18}");
    }

    private String subscriptionPage(Model model) {
        model.addAttribute("languages", Newsletter.LANGUAGES);
        model.addAttribute("consentVersion", Newsletter.CONSENT_VERSION);
        return "communication/subscribe";
    }

    private static String unusable(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_GONE);
        return "communication/unusable";
    }
}
