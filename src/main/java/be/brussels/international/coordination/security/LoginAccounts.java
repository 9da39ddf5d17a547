package be.brussels.international.coordination.security;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import be.brussels.international.coordination.shared.NotFoundException;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.access.prepost.PreAuthorize;

import be.brussels.international.coordination.staff.StaffMemberLeft;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** What the rest of the application needs to know about logins: the previous login, and who may log in. */
@Service
public class LoginAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;

    private final Sessions sessions;

    LoginAccounts(UserAccountRepository accounts, Sessions sessions) {
        this.sessions = sessions;
        this.accounts = accounts;
    }

    /**
     * When a person logged in before their current session, as read at their login and kept in the session (the
     * home page asks at every visit: no statement for it). Empty at a first login.
     */
    record PreviousLogin(String username, Instant at) implements Serializable {

        private static final long serialVersionUID = 1L;

        static final String SESSION_ATTRIBUTE = PreviousLogin.class.getName();
    }

    /**
     * When this user logged in before the current session; empty at their first login. From the session when it
     * was logged in through a login page; else (a session opened before the application kept it there) from their
     * account.
     */
    @Transactional(readOnly = true)
    public Optional<Instant> previousLoginOf(String username) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(false);
            if (session != null && session.getAttribute(PreviousLogin.SESSION_ATTRIBUTE) instanceof PreviousLogin kept
                    && kept.username().equals(username)) {
                return Optional.ofNullable(kept.at());
            }
        }
        return accounts.findByUsername(username).map(UserAccount::getPreviousLoginAt);
    }

    /** The secret of this person's calendar feed address, if they have one. */
    @Transactional(readOnly = true)
    @PreAuthorize("#username == authentication.name or hasRole('ADMIN')")
    public Optional<String> calendarTokenOf(String username) {
        return accounts.findByUsername(username).map(UserAccount::getCalendarToken);
    }

    /** A new secret for the person's calendar feed: the old address stops working at once. */
    @Transactional
    @PreAuthorize("#username == authentication.name or hasRole('ADMIN')")
    public String regenerateCalendarToken(String username) {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("Account", username))
                .changeCalendarToken(token);
        return token;
    }

    @EventListener
    @Transactional
    void onLogin(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        Instant previous = accounts.findByUsername(username).map(UserAccount::getLastLoginAt).orElse(null);
        accounts.recordLogin(username, Instant.now());
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            request.getRequest().getSession().setAttribute(PreviousLogin.SESSION_ATTRIBUTE,
                    new PreviousLogin(username, previous));
        }
    }

    /** A person who left can no longer log in (in the transaction that records the departure). */
    @EventListener
    void onLeaving(StaffMemberLeft left) {
        accounts.findByUsername(left.username()).ifPresent(UserAccount::disable);
        sessions.endAllOf(left.username());
    }
}
