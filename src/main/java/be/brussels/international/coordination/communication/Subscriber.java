package be.brussels.international.coordination.communication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import be.brussels.international.coordination.shared.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A person who asked for « The Brussels globe »: their address, the languages they read it in, their consent
 * (the wording's version, when) and its confirmation. Nothing is sent to them before they confirm; once they
 * leave, they stay recorded as having left (an import never subscribes them again).
 */
@Entity
@Table(name = "subscriber")
@Audited
class Subscriber extends BaseEntity {

    /** The consent "version" of an imported subscriber: their basis says what they consented to. */
    static final String IMPORTED = "IMPORT";

    private String email;

    /** "fr", "nl", "en", comma-separated, in that order. */
    private String languages;

    @Enumerated(EnumType.STRING)
    private SubscriberStatus status;

    private String consentVersion;

    private Instant consentedAt;

    private Instant confirmedAt;

    private Instant unsubscribedAt;

    /** For a subscriber imported from another tool: why they may be written to (null: they consented here). */
    private String consentBasis;

    /** "GLOBE", "STAFF" or both, comma-separated: the lists the person is on. */
    private String lists = Audience.GLOBE.name();

    /** Since when the address is refused by mail servers: nothing is sent to it (until it confirms again). */
    private Instant bouncingSince;

    /** A credential (its hash): not in the audit trail. */
    @NotAudited
    private String confirmationHash;

    @NotAudited
    private Instant confirmationExpiresAt;

    protected Subscriber() {
    }

    Subscriber(String email, List<String> languages, String consentVersion, Instant now) {
        this.email = email;
        this.status = SubscriberStatus.PENDING;
        consent(languages, consentVersion, now);
    }

    /** A confirmed subscriber imported with the basis of their consent, said by who imports them. */
    static Subscriber imported(String email, List<String> languages, String consentBasis, Instant now) {
        Subscriber subscriber = new Subscriber(email, languages, IMPORTED, now);
        subscriber.consentBasis = consentBasis;
        subscriber.status = SubscriberStatus.CONFIRMED;
        subscriber.confirmedAt = now;
        return subscriber;
    }

    /** The person (again) asks to subscribe, accepting that wording: a confirmation is awaited. */
    void consent(List<String> languages, String consentVersion, Instant now) {
        this.languages = String.join(",", languages);
        this.consentVersion = consentVersion;
        this.consentedAt = now;
        if (status == SubscriberStatus.UNSUBSCRIBED) {
            this.status = SubscriberStatus.PENDING;
        }
    }

    void awaitConfirmation(String hash, Instant expiresAt) {
        this.confirmationHash = hash;
        this.confirmationExpiresAt = expiresAt;
    }

    Instant confirmationExpiresAt() {
        return confirmationExpiresAt;
    }

    boolean isConfirmable(Instant now) {
        return confirmationHash != null && confirmationExpiresAt.isAfter(now) && status == SubscriberStatus.PENDING;
    }

    void confirm(Instant now) {
        this.status = SubscriberStatus.CONFIRMED;
        this.bouncingSince = null;
        this.confirmedAt = now;
        this.unsubscribedAt = null;
        this.confirmationHash = null;
        this.confirmationExpiresAt = null;
    }

    /** Immediate and kept: nothing more is sent. */
    void unsubscribe(Instant now) {
        if (status != SubscriberStatus.UNSUBSCRIBED) {
            this.status = SubscriberStatus.UNSUBSCRIBED;
            this.unsubscribedAt = now;
        }
        this.confirmationHash = null;
        this.confirmationExpiresAt = null;
    }

    void markBouncing(Instant now) {
        if (bouncingSince == null) {
            bouncingSince = now;
        }
    }

    void putOn(List<Audience> audiences) {
        this.lists = String.join(",", audiences.stream().sorted().map(Audience::name).distinct().toList());
    }

    /** On that list too. */
    void join(Audience list) {
        List<Audience> lists = new ArrayList<>(getLists());
        lists.add(list);
        putOn(lists);
    }

    List<Audience> getLists() {
        return Arrays.stream(lists.split(",")).map(Audience::valueOf).toList();
    }

    Instant getBouncingSince() {
        return bouncingSince;
    }

    void changeLanguages(List<String> languages) {
        this.languages = String.join(",", languages);
    }

    String getEmail() {
        return email;
    }

    List<String> getLanguages() {
        return Arrays.asList(languages.split(","));
    }

    SubscriberStatus getStatus() {
        return status;
    }
}
