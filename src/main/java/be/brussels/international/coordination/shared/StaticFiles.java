package be.brussels.international.coordination.shared;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The pages' style sheets, scripts and the framework's files: public, the same for everyone, and read without a
 * session — with sessions in PostgreSQL, merely looking at one would read and write it for every file a page loads.
 */
public final class StaticFiles {

    /** Their addresses, as request matchers write them. */
    public static final String[] PATTERNS = { "/css/**", "/js/**", "/webjars/**", "/favicon.ico" };

    private StaticFiles() {
    }

    public static boolean isStaticFile(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.equals("/favicon.ico");
    }
}
