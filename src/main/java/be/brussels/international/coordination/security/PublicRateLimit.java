package be.brussels.international.coordination.security;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public pages ({@code /public/...}: the newsletter's subscription, its links, the archive, the images) answer
 * at most {@code limit} requests a minute to one network address; beyond, 429 with {@code Retry-After} until the
 * minute ends. Counted per instance, in memory (the addresses of the current minute only); the subscription itself
 * is further limited with the login's counters (PublicNewsletterController).
 */
class PublicRateLimit extends OncePerRequestFilter {

    /** Addresses counted at once before the oldest minute is forgotten: a flood of addresses cannot fill memory. */
    private static final int ADDRESSES = 50_000;

    private final int limit;

    private final Clock clock;

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    private volatile long minute = -1;

    PublicRateLimit(int limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/public/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = clock.millis();
        long current = now / 60_000;
        if (current != minute || counts.size() > ADDRESSES) {
            counts.clear();
            minute = current;
        }
        int count = counts.computeIfAbsent(request.getRemoteAddr(), address -> new AtomicInteger()).incrementAndGet();
        if (count > limit) {
            response.setHeader("Retry-After", Long.toString(60 - (now / 1000) % 60));
            response.sendError(429);
            return;
        }
        chain.doFilter(request, response);
    }
}
