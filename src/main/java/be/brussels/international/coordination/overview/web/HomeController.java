package be.brussels.international.coordination.overview.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.agreement.AgreementAlert;
import be.brussels.international.coordination.agreement.Agreements.Attention;
import be.brussels.international.coordination.overview.HomePage;
import be.brussels.international.coordination.shared.PageLinks;
import be.brussels.international.coordination.web.CachedPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page: the dossiers the logged-in person holds today, grouped by kind, the new ones marked. */
@Controller
class HomeController {

    private final HomePage homePage;

    HomeController(HomePage homePage) {
        this.homePage = homePage;
    }

    // What is to be published this week counts to the minute (Watchlist: now to now + 7 days).
    @CachedPage(everyMinute = true)
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
        model.addAttribute("home", home);
        // The newsletter's subscribers: the coordinator's, and those of whoever holds the communication dossier.
        model.addAttribute("newsletter", home.communication());
        model.addAttribute("editorialDue", home.editorialDue());
        return "overview/home";
    }

    /**
     * The agreements needing the reader's attention, all or those with one alert ({@code ?alert=NOTICE_DUE}; an
     * unknown alert shows them all), a page at a time.
     */
    @GetMapping("/attention")
    String attention(@RequestParam(required = false) String alert, Principal principal, Locale locale,
            @PageableDefault(size = 30) Pageable pageable, Model model) {
        AgreementAlert chosen = Arrays.stream(AgreementAlert.values()).filter(a -> a.name().equals(alert))
                .findFirst().orElse(null);
        List<Attention> all = homePage.attention(principal.getName(), locale).stream()
                .filter(a -> chosen == null || a.alerts().contains(chosen)).toList();
        int from = (int) Math.min(pageable.getOffset(), all.size());
        Page<Attention> page = new PageImpl<>(all.subList(from, Math.min(from + pageable.getPageSize(), all.size())),
                pageable, all.size());
        model.addAttribute("alert", chosen);
        model.addAttribute("alerts", AgreementAlert.values());
        model.addAttribute("attention", page.getContent());
        model.addAttribute("total", all.size());
        model.addAttribute("paging", PageLinks.of(page));
        return "overview/attention";
    }
}
