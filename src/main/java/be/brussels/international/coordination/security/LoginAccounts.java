package be.brussels.international.coordination.security;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import be.brussels.international.coordination.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;

import be.brussels.international.coordination.staff.StaffMemberLeft;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    /** When this user logged in before the current session; empty at their first login. */
    @Transactional(readOnly = true)
    public Optional<Instant> previousLoginOf(String username) {
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
        accounts.recordLogin(event.getAuthentication().getName(), Instant.now());
    }

    /** A person who left can no longer log in (in the transaction that records the departure). */
    @EventListener
    void onLeaving(StaffMemberLeft left) {
        accounts.findByUsername(left.username()).ifPresent(UserAccount::disable);
        sessions.endAllOf(left.username());
    }
}
