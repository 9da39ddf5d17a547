package be.brussels.international.coordination.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An address whose path carries white space or a control character ({@code /partners/quebec%20},
 * {@code /staff/%09fvandernoot}) names nothing here — no slug, code, number or file name has one: not found (404).
 * Without it, such a path reached the controllers, whose typed text is trimmed (GlobalControllerAdvice, path
 * variables included): {@code /partners/quebec%20} showed Québec under a second address.
 * <p>
 * The error page is shown for an error, not asked for: {@code /error} asked for is not found either (it answered
 * 500, with no error to show).
 * <p>
 * After Spring Security's filters (at -100): the not-found page carries the security headers every page carries
 * (Content-Security-Policy, no caching…), and a reader not logged in is asked to log in first, as for any address.
 */
@Component
@Order(0)
class PathCharactersFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                || Character.isSpaceChar(c)) || path.equals("/error") || path.startsWith("/error/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
