package be.brussels.international.coordination.security;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A one-time link on which a person chooses their password: the first one when their account is created, a new
 * one when they forgot it. Only a hash of its secret is kept; it is used once and expires. Audited (who issued it,
 * when it was used), its secret's hash excepted.
 */
@Entity
@Table(name = "account_link")
@Audited
class AccountLink {

    enum Purpose {
        ACTIVATION, RESET
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_account_id")
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    /** Not in the audit trail: even a hash of a secret does not belong in a history. */
    @NotAudited
    private String tokenHash;

    private Instant createdAt;

    private Instant expiresAt;

    private Instant usedAt;

    private String issuedBy;

    protected AccountLink() {
    }

    AccountLink(UserAccount account, Purpose purpose, String tokenHash, Instant createdAt, Instant expiresAt,
            String issuedBy) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.issuedBy = issuedBy;
    }

    UserAccount getAccount() {
        return account;
    }

    Purpose getPurpose() {
        return purpose;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    /** Neither used nor replaced, nor expired at {@code now}. */
    boolean isUsable(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    /** Used, or replaced by a newer link: it never works again. */
    void spend(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }
}
