package be.brussels.international.coordination.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code coordination.login.max-failures-per-account} failed logins in a
 * row on one account, or {@code coordination.login.max-failures-per-address} from one network address, further
 * attempts on it are refused for {@code coordination.login.lock-minutes}, with a message that says so — even
 * with the right password. A successful login clears its account's count. Kept in memory: one application
 * instance serves the cell, and a restart forgets the counts (as it ends the sessions).
 */
@Component
public class LoginThrottle {

    /** Counts kept at most: an attacker trying many names or addresses cannot fill the memory. */
    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();

    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    private final int maxPerAccount;

    private final int maxPerAddress;

    private final Duration lock;

    private final Clock clock;

    LoginThrottle(@Value("${coordination.login.max-failures-per-account:5}") int maxPerAccount,
            @Value("${coordination.login.max-failures-per-address:20}") int maxPerAddress,
            @Value("${coordination.login.lock-minutes:15}") int lockMinutes, Clock clock) {
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.lock = Duration.ofMinutes(lockMinutes);
        this.clock = clock;
    }

    /** How many minutes the login attempt must wait (account or address locked), or 0 when it may go on. */
    public long minutesToWait(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil(accounts, key(username), now), lockedUntil(addresses, address, now));
        return until == null ? 0 : Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        record(accounts, key(username), maxPerAccount, now);
        record(addresses, address, maxPerAddress, now);
    }

    public void succeeded(String username) {
        accounts.remove(key(username));
    }

    @EventListener
    void onLogin(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private void record(Map<String, Failures> counts, String key, int max, Instant now) {
        if (key == null) {
            return;
        }
        if (counts.size() >= MAX_TRACKED) {
            counts.values().removeIf(failures -> failures.isStale(now, lock));
        }
        counts.compute(key, (ignored, failures) -> {
            Failures current = failures == null || failures.isStale(now, lock) ? new Failures() : failures;
            current.count++;
            current.last = now;
            if (current.count >= max) {
                current.lockedUntil = now.plus(lock);
                current.count = 0;
            }
            return current;
        });
    }

    private static Instant lockedUntil(Map<String, Failures> counts, String key, Instant now) {
        Failures failures = key == null ? null : counts.get(key);
        return failures != null && failures.lockedUntil != null && failures.lockedUntil.isAfter(now)
                ? failures.lockedUntil : null;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static String key(String username) {
        return username == null || username.isBlank() ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    private static final class Failures {

        int count;

        Instant last;

        Instant lockedUntil;

        /** Nothing recent: neither locked now nor a failure within the lock's duration. */
        boolean isStale(Instant now, Duration lock) {
            return (lockedUntil == null || !lockedUntil.isAfter(now)) && (last == null || last.plus(lock).isBefore(now));
        }
    }
}
