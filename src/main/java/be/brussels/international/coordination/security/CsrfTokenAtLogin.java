package be.brussels.international.coordination.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.DefaultRedirectStrategy;
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
        where.setRedirectStrategy(new EncodingRedirects());
        return new CsrfTokenAtLogin(where);
    }

    /**
     * The page asked for is kept as it came (Tomcat lets {@code <>[]{}|"^`} through in a query: the search takes
     * them); the address sent back to the browser after login has them percent-encoded, as an address must
     * (RFC 3986), not raw in the {@code Location} header.
     */
    static final class EncodingRedirects extends DefaultRedirectStrategy {

        @Override
        public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url)
                throws IOException {
            super.sendRedirect(request, response, encoded(url));
        }

        /**
         * The address with every character its path and query may not carry percent-encoded (a {@code %} kept as
         * is); its scheme and host as they are (an IPv6 host is written in brackets).
         */
        static String encoded(String url) {
            int scheme = url.indexOf("://");
            int path = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
            if (path < 0) {
                return url;
            }
            StringBuilder encoded = new StringBuilder(url.length()).append(url, 0, path);
            for (byte b : url.substring(path).getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xff;
                if (c > 0x20 && c < 0x7f && "<>{}[]|\\\"^`".indexOf(c) < 0) {
                    encoded.append((char) c);
                } else {
                    encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
                }
            }
            return encoded.toString();
        }
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
