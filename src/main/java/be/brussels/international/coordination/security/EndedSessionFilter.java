package be.brussels.international.coordination.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a session ended meanwhile ({@link Sessions}: « log out on every device », a departure), on whichever
 * instance the request arrives: the session is closed and the reader sent to the login page, which says why.
 * It reads the mark from the session the request already loaded — no query of its own.
 */
final class EndedSessionFilter extends OncePerRequestFilter {

    private final LoginPage loginPage;

    EndedSessionFilter(LoginPage loginPage) {
        this.loginPage = loginPage;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(Sessions.ENDED) != null) {
            session.invalidate();
            loginPage.sendTo("/login?ended", request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** How the reader is sent to the login page (htmx: the whole window). */
    @FunctionalInterface
    interface LoginPage {
        void sendTo(String path, HttpServletRequest request, HttpServletResponse response) throws IOException;
    }
}
