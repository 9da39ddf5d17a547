package be.brussels.international.coordination.security;

import java.time.Instant;
import java.util.Optional;

import be.brussels.international.coordination.staff.StaffMemberLeft;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the rest of the application needs to know about logins: the previous login, and who may log in. */
@Service
public class LoginAccounts {

    private final UserAccountRepository accounts;

    LoginAccounts(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** When this user logged in before the current session; empty at their first login. */
    @Transactional(readOnly = true)
    public Optional<Instant> previousLoginOf(String username) {
        return accounts.findByUsername(username).map(UserAccount::getPreviousLoginAt);
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
    }
}
