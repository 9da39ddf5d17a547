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

    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        FlashMap flash = new FlashMap();
        flash.put(USERNAME_ATTRIBUTE, request.getParameter("username"));
        flash.setTargetRequestPath(request.getContextPath() + "/login");
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
