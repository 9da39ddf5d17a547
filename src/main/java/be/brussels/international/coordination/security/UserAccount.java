package be.brussels.international.coordination.security;

import be.brussels.international.coordination.shared.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A login. Its password is stored hashed, prefixed by the encoder's id ("{bcrypt}..."); null means none yet. */
@Entity
@Table(name = "user_account")
class UserAccount extends BaseEntity {

    private String username;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean enabled;

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
}
