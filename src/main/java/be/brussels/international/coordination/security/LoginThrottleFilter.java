package be.brussels.international.coordination.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Refuses a login attempt on a locked account or from a locked address before the password is even checked,
 * back to the login page with the typed username and how long to wait (see {@link LoginThrottle}).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    static final String MINUTES_ATTRIBUTE = "lockedMinutes";

    private final LoginThrottle throttle;

    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

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
        FlashMap flash = new FlashMap();
        flash.put(RememberUsernameFailureHandler.USERNAME_ATTRIBUTE, request.getParameter("username"));
        flash.put(MINUTES_ATTRIBUTE, minutes);
        flash.setTargetRequestPath(request.getContextPath() + "/login");
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + "/login?locked");
    }
}
