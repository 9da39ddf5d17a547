package be.brussels.international.coordination.security;

import be.brussels.international.coordination.shared.Redirects;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person creates or renews the secret of their calendar feed address (from their own page). */
@Controller
class CalendarTokenController {

    private final LoginAccounts logins;

    CalendarTokenController(LoginAccounts logins) {
        this.logins = logins;
    }

    @PostMapping("/staff/{username}/calendar-token")
    String regenerate(@PathVariable String username, RedirectAttributes redirect) {
        // A first address replaces nothing: said as created, not as renewed.
        boolean first = logins.calendarTokenOf(username).isEmpty();
        logins.regenerateCalendarToken(username);
        redirect.addFlashAttribute("success", first ? "staff.feed.created" : "staff.feed.renewed");
        return Redirects.toSection("calendar-feed", "/staff/{username}", username);
    }
}
