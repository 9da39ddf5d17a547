package be.brussels.international.coordination.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class LoginController {

    /** The typed username of a failed attempt arrives as a flash attribute (see RememberUsernameFailureHandler). */
    private final Sessions sessions;

    LoginController(Sessions sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the current person, this one included (a lost laptop, a shared computer). */
    @PostMapping("/logout/everywhere")
    String logoutEverywhere(Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        sessions.endAllOf(authentication.getName());
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/login?logoutEverywhere";
    }

    @GetMapping("/login")
    String login(Authentication authentication) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        return "login";
    }
}
