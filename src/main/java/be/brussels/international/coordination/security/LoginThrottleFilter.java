package be.brussels.international.coordination.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt on a locked account or from a locked address before the password is even checked,
 * back to the login page with the typed username and how long to wait (see {@link LoginThrottle}).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    static final String MINUTES_ATTRIBUTE = "lockedMinutes";

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long minutes = throttle.minutesToWait(request.getParameter("username"), request.getRemoteAddr());
        if (minutes == 0) {
            chain.doFilter(request, response);
            return;
        }
        RememberUsernameFailureHandler.backToLogin(request, response, request.getParameter("username"), minutes);
    }
}
