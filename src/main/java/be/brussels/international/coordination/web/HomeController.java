package be.brussels.international.coordination.web;

import java.security.Principal;
import java.util.Locale;

import be.brussels.international.coordination.dossier.DossierQueries;
import be.brussels.international.coordination.security.LoginAccounts;
import be.brussels.international.coordination.staff.StaffDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the dossiers the logged-in person holds today, grouped by kind, the new ones marked. */
@Controller
class HomeController {

    private final StaffDirectory staff;

    private final DossierQueries dossiers;

    private final LoginAccounts logins;

    HomeController(StaffDirectory staff, DossierQueries dossiers, LoginAccounts logins) {
        this.staff = staff;
        this.dossiers = dossiers;
        this.logins = logins;
    }

    @GetMapping("/")
    String home(Principal principal, Locale locale, Model model) {
        model.addAttribute("member", staff.findByUsername(principal.getName()).orElse(null));
        model.addAttribute("portfolio", dossiers.portfolioOf(principal.getName(), locale));
        // Dossiers given to the person since their previous login are highlighted.
        model.addAttribute("newSince", logins.previousLoginOf(principal.getName()).orElse(null));
        return "home";
    }
}
