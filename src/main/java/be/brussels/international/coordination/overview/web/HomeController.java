package be.brussels.international.coordination.overview.web;

import java.security.Principal;
import java.util.Locale;

import be.brussels.international.coordination.overview.HomePage;
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
    String home(Principal principal, Locale locale, Model model) {
        HomePage.Contents home = homePage.of(principal.getName(), locale);
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
        return "overview/home";
    }
}
