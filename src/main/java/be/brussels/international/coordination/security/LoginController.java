package be.brussels.international.coordination.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class LoginController {

    /** The typed username of a failed attempt arrives as a flash attribute (see RememberUsernameFailureHandler). */
    private final Sessions sessions;

    private final List<IdentityProvider> identityProviders;

    /** An identity provider offered on the login page: where its button goes, what it says. */
    record IdentityProvider(String url, String name) {
    }

    LoginController(Sessions sessions, ObjectProvider<ClientRegistrationRepository> registrations) {
        this.sessions = sessions;
        ClientRegistrationRepository configured = registrations.getIfAvailable();
        this.identityProviders = configured == null ? List.of()
                : SecurityConfiguration.registrations(configured).stream().map(registration -> new IdentityProvider(
                        OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/"
                                + registration.getRegistrationId(), registration.getClientName())).toList();
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
    String login(Authentication authentication, Model model) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        model.addAttribute("identityProviders", identityProviders);
        return "login";
    }
}
