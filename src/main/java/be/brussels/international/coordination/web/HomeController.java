package be.brussels.international.coordination.web;

import java.security.Principal;
import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the dossiers the logged-in person holds today, grouped by kind, the new ones marked. */
@Controller
class HomeController {

    private final HomePage homePage;

    HomeController(HomePage homePage) {
        this.homePage = homePage;
    }

    @GetMapping("/")
    String home(Principal principal, Authentication authentication, Locale locale, Model model) {
        // The coordinator (and the protocol officer, for visits) look after the whole cell; the others after
        // the partners whose dossier they hold.
        boolean coordinator = has(authentication, "ROLE_COORDINATOR") || has(authentication, "ROLE_ADMIN");
        boolean protocol = coordinator || has(authentication, "ROLE_PROTOCOL");
        HomePage.Contents home = homePage.of(principal.getName(), coordinator, protocol, locale);
        model.addAttribute("member", home.member());
        model.addAttribute("portfolio", home.portfolio());
        model.addAttribute("newSince", home.newSince());
        model.addAttribute("wholeCell", home.wholeCell());
        model.addAttribute("attention", home.attention());
        model.addAttribute("comingVisits", home.comingVisits());
        model.addAttribute("comingEvents", home.comingEvents());
        model.addAttribute("withoutHolder", home.withoutHolder());
        model.addAttribute("quiet", home.quiet());
        model.addAttribute("dueReports", home.dueReports());
        model.addAttribute("today", home.today());
        return "home";
    }

    private static boolean has(Authentication authentication, String role) {
        return authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role));
    }
}
