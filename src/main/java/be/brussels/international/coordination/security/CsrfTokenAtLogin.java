package be.brussels.international.coordination.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * After a login, the session's new CSRF token is created at once, before going on to the page asked for (or home).
 * Spring Security replaces the token at login and creates the new one only when a page first needs it: the pages
 * opened at once right after logging in (a browser restoring its tabs) each created their own, only the last one
 * stayed in the session, and a form sent from another tab was refused (403). Created here, in the login's own
 * request, the token is in the session before any page asks for it.
 */
final class CsrfTokenAtLogin implements AuthenticationSuccessHandler {

    private final AuthenticationSuccessHandler then;

    private CsrfTokenAtLogin(AuthenticationSuccessHandler then) {
        this.then = then;
    }

    /** Then to the page the person was sent from, or home. */
    static CsrfTokenAtLogin thenWhereTheyWereGoing() {
        SavedRequestAwareAuthenticationSuccessHandler where = new SavedRequestAwareAuthenticationSuccessHandler();
        where.setDefaultTargetUrl("/");
        return new CsrfTokenAtLogin(where);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken(); // creates it, and saves it in the session
        }
        then.onAuthenticationSuccess(request, response, authentication);
    }
}
