package be.brussels.international.coordination.web;

import java.security.Principal;
import java.util.Locale;

import be.brussels.international.coordination.agreement.Agreements;
import be.brussels.international.coordination.dossier.DossierQueries;
import be.brussels.international.coordination.dossier.Reassignments;
import be.brussels.international.coordination.visit.Visits;
import org.springframework.security.core.Authentication;
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

    private final Agreements agreements;

    private final Visits visits;

    private final Reassignments reassignments;

    HomeController(StaffDirectory staff, DossierQueries dossiers, LoginAccounts logins, Agreements agreements,
            Visits visits, Reassignments reassignments) {
        this.staff = staff;
        this.dossiers = dossiers;
        this.logins = logins;
        this.agreements = agreements;
        this.visits = visits;
        this.reassignments = reassignments;
    }

    /** How far ahead the home page looks for visits. */
    private static final int COMING_DAYS = 30;

    @GetMapping("/")
    String home(Principal principal, Authentication authentication, Locale locale, Model model) {
        model.addAttribute("member", staff.findByUsername(principal.getName()).orElse(null));
        model.addAttribute("portfolio", dossiers.portfolioOf(principal.getName(), locale));
        // Dossiers given to the person since their previous login are highlighted.
        model.addAttribute("newSince", logins.previousLoginOf(principal.getName()).orElse(null));
        // The coordinator (and the protocol officer, for visits) look after the whole cell; the others after
        // the partners whose dossier they hold.
        boolean coordinator = has(authentication, "ROLE_COORDINATOR") || has(authentication, "ROLE_ADMIN");
        boolean protocol = coordinator || has(authentication, "ROLE_PROTOCOL");
        java.util.List<Long> mine = dossiers.partnerIdsHeldBy(principal.getName());
        model.addAttribute("wholeCell", coordinator);
        model.addAttribute("attention", agreements.needingAttention(coordinator ? null : mine));
        model.addAttribute("comingVisits", visits.coming(COMING_DAYS, protocol ? null : mine));
        model.addAttribute("withoutHolder", coordinator ? reassignments.workload().withoutHolder() : java.util.List.of());
        return "home";
    }

    private static boolean has(Authentication authentication, String role) {
        return authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role));
    }
}
