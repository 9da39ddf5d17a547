package be.brussels.international.coordination.security;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Calendar programs (Outlook) cannot log in: a feed address carries a secret instead,
 * {@code /calendar/feed/<secret>.ics}. This filter authenticates such a request as the secret's owner, for
 * this request only (nothing in a session), with their roles: the services check them as for any page.
 * An unknown secret, or the secret of a login that was closed, is a 404.
 */
class CalendarFeedAuthentication extends OncePerRequestFilter {

    static final Pattern FEED = Pattern.compile("^/calendar/feed/([A-Za-z0-9_-]{16,64})\\.ics$");

    private final UserAccountRepository accounts;

    private final UserDetailsService users;

    CalendarFeedAuthentication(UserAccountRepository accounts, UserDetailsService users) {
        this.accounts = accounts;
        this.users = users;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().substring(request.getContextPath().length()).startsWith("/calendar/feed/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher feed = FEED.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        UserDetails owner = feed.matches() ? ownerOf(feed.group(1)) : null;
        if (owner == null || !owner.isEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(owner.getUsername(), null, owner.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }

    private UserDetails ownerOf(String token) {
        return accounts.findByCalendarToken(token).map(account -> {
            try {
                return users.loadUserByUsername(account.getUsername());
            }
            catch (UsernameNotFoundException e) {
                return null;
            }
        }).orElse(null);
    }
}
