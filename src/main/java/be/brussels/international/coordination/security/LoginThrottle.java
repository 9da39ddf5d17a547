package be.brussels.international.coordination.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code coordination.login.max-failures-per-account} failed logins in a
 * row on one account, or {@code coordination.login.max-failures-per-address} from one network address, further
 * attempts on it are refused for {@code coordination.login.lock-minutes}, with a message that says so — even
 * with the right password. A successful login clears its account's count. Counted in the database
 * ({@code login_failure}): the same for every instance, kept across a restart; a row that no longer matters
 * (neither locked nor failed within the lock's duration) is deleted as failures come.
 */
@Component
public class LoginThrottle {

    /** The length of login_failure.key (V32). */
    private static final int KEY_LENGTH = 300;

    private final int maxPerAccount;

    private final int maxPerAddress;

    private final Duration lock;

    private final Clock clock;

    private final JdbcTemplate jdbc;

    LoginThrottle(@Value("${coordination.login.max-failures-per-account:5}") int maxPerAccount,
            @Value("${coordination.login.max-failures-per-address:20}") int maxPerAddress,
            @Value("${coordination.login.lock-minutes:15}") int lockMinutes, Clock clock, JdbcTemplate jdbc) {
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.lock = Duration.ofMinutes(lockMinutes);
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** How many minutes the login attempt must wait (account or address locked), or 0 when it may go on. */
    public long minutesToWait(String username, String address) {
        Instant now = clock.instant();
        Timestamp until = jdbc.queryForObject("""
                select max(locked_until) from login_failure
                where locked_until > ? and ((kind = 'ACCOUNT' and key = ?) or (kind = 'ADDRESS' and key = ?))""",
                Timestamp.class, Timestamp.from(now), key(username), address);
        return until == null ? 0
                : Math.max(1, (Duration.between(now, until.toInstant()).toSeconds() + 59) / 60);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        jdbc.update("delete from login_failure where last_at < ? and (locked_until is null or locked_until <= ?)",
                Timestamp.from(now.minus(lock)), Timestamp.from(now));
        record("ACCOUNT", key(username), maxPerAccount, now);
        record("ADDRESS", address, maxPerAddress, now);
    }

    public void succeeded(String username) {
        String key = key(username);
        if (key != null) {
            jdbc.update("delete from login_failure where kind = 'ACCOUNT' and key = ?", key);
        }
    }

    @EventListener
    void onLogin(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    /**
     * One more failure, counted again from one after a quiet lock's duration; the one that reaches {@code max}
     * locks, and counting starts again from zero. Counted in one statement: two instances counting at once add up.
     */
    private void record(String kind, String key, int max, Instant now) {
        if (key == null) {
            return;
        }
        Integer count = jdbc.queryForObject("""
                insert into login_failure as f (kind, key, count, last_at) values (?, ?, 1, ?)
                on conflict (kind, key) do update set
                    count = case when (f.locked_until is null or f.locked_until <= excluded.last_at)
                                      and f.last_at < ? then 1 else f.count + 1 end,
                    last_at = excluded.last_at
                returning count""", Integer.class, kind, key, Timestamp.from(now), Timestamp.from(now.minus(lock)));
        if (count != null && count >= max) {
            jdbc.update("update login_failure set count = 0, locked_until = ? where kind = ? and key = ?",
                    Timestamp.from(now.plus(lock)), kind, key);
        }
    }

    /**
     * The name counted for: as typed, trimmed, in lower case, and no longer than the column (login_failure.key) —
     * anyone may type any length; no login is that long.
     */
    private static String key(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        String key = username.strip().toLowerCase(Locale.ROOT);
        return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
    }
}
