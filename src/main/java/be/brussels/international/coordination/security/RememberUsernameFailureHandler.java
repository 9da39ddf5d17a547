package be.brussels.international.coordination.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.servlet.FlashMap;

/**
 * After a failed login, back to the login page with one generic message and the typed username kept
 * (as a flash attribute, so that it is not in the URL). Whatever failed, the reader learns nothing more.
 */
class RememberUsernameFailureHandler implements AuthenticationFailureHandler {

    static final String USERNAME_ATTRIBUTE = "username";

    private static final SessionFlashMapManager FLASH_MAPS = new SessionFlashMapManager();

    private final LoginThrottle throttle;

    RememberUsernameFailureHandler(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        throttle.failed(username, request.getRemoteAddr());
        // The failure that reaches the limit already says how long to wait.
        long minutes = throttle.minutesToWait(username, request.getRemoteAddr());
        backToLogin(request, response, username, minutes);
    }

    /**
     * Back to the login page with the typed username and, when the account or address is locked, the minutes
     * to wait ({@code ?locked}), else the generic failure ({@code ?error}). Kept out of the URL (flash).
     */
    static void backToLogin(HttpServletRequest request, HttpServletResponse response, String username, long minutes)
            throws IOException {
        FlashMap flash = new FlashMap();
        flash.put(USERNAME_ATTRIBUTE, username);
        if (minutes > 0) {
            flash.put(LoginThrottleFilter.MINUTES_ATTRIBUTE, minutes);
        }
        flash.setTargetRequestPath(request.getContextPath() + "/login");
        FLASH_MAPS.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + (minutes > 0 ? "/login?locked" : "/login?error"));
    }
}
