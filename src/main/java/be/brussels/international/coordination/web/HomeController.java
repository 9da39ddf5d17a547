package be.brussels.international.coordination.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.agreement.Agreements;
import be.brussels.international.coordination.cooperation.Projects;
import be.brussels.international.coordination.dossier.DossierQueries;
import be.brussels.international.coordination.dossier.Reassignments;
import be.brussels.international.coordination.event.Events;
import be.brussels.international.coordination.security.LoginAccounts;
import be.brussels.international.coordination.staff.StaffDirectory;
import be.brussels.international.coordination.visit.Visits;
import org.springframework.security.core.Authentication;
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

    private final QuietPartners quietPartners;

    private final Clock clock;

    private final Events events;

    private final Projects projects;

    HomeController(StaffDirectory staff, DossierQueries dossiers, LoginAccounts logins, Agreements agreements,
            Visits visits, Reassignments reassignments, QuietPartners quietPartners, Clock clock, Events events,
            Projects projects) {
        this.events = events;
        this.projects = projects;
        this.quietPartners = quietPartners;
        this.clock = clock;
        this.staff = staff;
        this.dossiers = dossiers;
        this.logins = logins;
        this.agreements = agreements;
        this.visits = visits;
        this.reassignments = reassignments;
    }

    /** A relation without a note, a visit or an event for this long is flagged. */
    private static final int QUIET_MONTHS = 12;

    /** How many coming visits (and events) the home page lists; the calendar has them all. */
    private static final int COMING_SHOWN = 10;

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
        List<Long> mine = dossiers.partnerIdsHeldBy(principal.getName());
        model.addAttribute("wholeCell", coordinator);
        model.addAttribute("attention", agreements.needingAttention(coordinator ? null : mine));
        model.addAttribute("comingVisits", visits.coming(COMING_DAYS, protocol ? null : mine, COMING_SHOWN));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("comingEvents", events.between(today, today.plusDays(COMING_DAYS), COMING_SHOWN));
        model.addAttribute("withoutHolder", coordinator ? reassignments.workload().withoutHolder() : List.of());
        // Relations that may be going cold: no note, visit or event for a year.
        model.addAttribute("quiet", quietPartners.of(coordinator ? null : mine, QUIET_MONTHS, locale));
        model.addAttribute("dueReports", projects.reportsDueSoon(coordinator ? null : mine));
        model.addAttribute("today", today);
        return "home";
    }

    private static boolean has(Authentication authentication, String role) {
        return authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role));
    }
}
