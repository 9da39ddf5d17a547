package be.brussels.international.coordination.security;

import java.time.Instant;

import be.brussels.international.coordination.shared.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A login. Its password is stored hashed, prefixed by the encoder's id ("{bcrypt}..."); null means none yet. */
@Entity
@Table(name = "user_account")
@Audited
class UserAccount extends BaseEntity {

    private String username;

    /** Not in the audit trail: a hash of a secret does not belong in a history that many may read. */
    @NotAudited
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean enabled;

    // Written by a bulk update at each login (LoginHistory), outside the audit trail.
    @NotAudited
    private Instant lastLoginAt;

    @NotAudited
    private Instant previousLoginAt;

    /** The secret of the person's calendar feed address; null until they ask for one. A credential: not audited. */
    @NotAudited
    private String calendarToken;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, Role role) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Role getRole() {
        return role;
    }

    boolean isEnabled() {
        return enabled;
    }

    boolean hasPassword() {
        return passwordHash != null;
    }

    Instant getPreviousLoginAt() {
        return previousLoginAt;
    }

    String getCalendarToken() {
        return calendarToken;
    }

    void changeCalendarToken(String token) {
        this.calendarToken = token;
    }

    Instant getLastLoginAt() {
        return lastLoginAt;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    void changeRole(Role role) {
        this.role = role;
    }

    /** The hash of the password the person chose ("{bcrypt}..."). */
    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}
