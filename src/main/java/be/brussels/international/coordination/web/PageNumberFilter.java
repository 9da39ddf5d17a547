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
 * A list's page so far on that its first row would lie beyond the two thousand millionth ({@code ?page=100000000})
 * names nothing: not found (404). It reached the database's paging, which refused it with a server error (the offset
 * is a 32-bit number); a page merely past the last one is an empty page of the list, as before.
 * <p>
 * After Spring Security's filters (as {@link PathCharactersFilter}): the page carries the headers of every page.
 */
@Component
@Order(0)
class PageNumberFilter extends OncePerRequestFilter {

    /** The highest page whose first row the database can still reach, at the largest page size (100). */
    static final long LAST_PAGE = Integer.MAX_VALUE / 100;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        // The parameters read only when the address may hold a page: reading them is where an undecodable query
        // fails, which the application's own 400 page answers later (no query: no parameters to fail on).
        String query = request.getQueryString();
        if (reading && (query == null || query.contains("page=")) && beyondReach(request.getParameter("page"))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean beyondReach(String page) {
        if (page == null || page.isEmpty() || page.length() > 30 || !page.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return page.length() > 18 || Long.parseLong(page) > LAST_PAGE;
    }
}
