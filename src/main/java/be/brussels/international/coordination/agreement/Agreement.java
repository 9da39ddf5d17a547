package be.brussels.international.coordination.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.shared.BaseEntity;
import be.brussels.international.coordination.shared.LocalizedText;
import be.brussels.international.coordination.shared.NotFoundException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A cooperation instrument signed with a partner: what it is, who signed it, when, for how long, how it
 * renews, and its life as a dated history of events. Unknown dates stay unknown: they are alerts, never
 * guesses.
 */
@Entity
@Table(name = "agreement")
@Audited
public class Agreement extends BaseEntity {

    /** How long before expiry an agreement is flagged. */
    static final int EXPIRY_WARNING_MONTHS = 6;

    /** How long before the notice date the holder is warned. */
    static final int NOTICE_WARNING_MONTHS = 1;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Agreement parent;

    @Enumerated(EnumType.STRING)
    private AgreementKind kind;

    @Embedded
    @AttributeOverride(name = "fr", column = @Column(name = "title_fr"))
    @AttributeOverride(name = "nl", column = @Column(name = "title_nl"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    private LocalizedText title;

    private String signatories;

    private LocalDate signedOn;

    private String signedAt;

    private LocalDate inForceOn;

    private LocalDate expiresOn;

    private Boolean tacitRenewal;

    private Integer renewalMonths;

    private Integer noticeMonths;

    private LocalDate reviewOn;

    /** Computed by the database (V17): from when the expiry or notice may need attention. */
    @NotAudited
    @Column(insertable = false, updatable = false)
    private LocalDate attentionFrom;

    private String themes;

    private String notes;

    @Enumerated(EnumType.STRING)
    private AgreementStatus status;

    @NotAudited
    @OneToMany(mappedBy = "agreement", cascade = CascadeType.PERSIST, orphanRemoval = true)
    @OrderBy("occurredOn desc nulls last, id desc")
    private List<AgreementEvent> events = new ArrayList<>();

    protected Agreement() {
    }

    /**
     * A new agreement's life starts in negotiation; one recorded with its signature's date was signed that day, and
     * is in force from the day given if that day has come (an agreement recorded signed showed « in negotiation »).
     */
    Agreement(Partner partner, AgreementDetails details, Agreement parent, String recordedBy, LocalDate today) {
        this.partner = partner;
        this.status = AgreementStatus.IN_NEGOTIATION;
        apply(details, parent);
        events.add(new AgreementEvent(this, AgreementEventKind.STATUS, status, null, null, recordedBy));
        if (signedOn != null && !signedOn.isAfter(today)) {
            changeStatus(AgreementStatus.SIGNED, signedOn, null, recordedBy);
            if (inForceOn != null && !inForceOn.isAfter(today)) {
                changeStatus(AgreementStatus.IN_FORCE, inForceOn, null, recordedBy);
            }
        }
    }

    void update(AgreementDetails details, Agreement parent) {
        apply(details, parent);
    }

    private void apply(AgreementDetails details, Agreement newParent) {
        if (details.signedOn() != null && details.inForceOn() != null && details.inForceOn().isBefore(details.signedOn())) {
            throw new AgreementRefused("agreement.refused.inForceBeforeSignature");
        }
        LocalDate start = details.inForceOn() != null ? details.inForceOn() : details.signedOn();
        if (start != null && details.expiresOn() != null && !details.expiresOn().isAfter(start)) {
            throw new AgreementRefused("agreement.refused.expiryBeforeStart");
        }
        if (newParent != null && (newParent == this || !newParent.partner.getId().equals(partner.getId()))) {
            throw new AgreementRefused("agreement.refused.parent");
        }
        // An amendment of an amendment of… this one: a cycle of any length, refused.
        int steps = 0;
        for (Agreement above = newParent; above != null; above = above.getParent()) {
            if (above == this || (getId() != null && getId().equals(above.getId())) || ++steps > 1_000) {
                throw new AgreementRefused("agreement.refused.parentCycle");
            }
        }
        this.kind = details.kind();
        this.title = new LocalizedText(details.titleFr(), details.titleNl(), details.titleEn());
        this.parent = newParent;
        this.signatories = details.signatories();
        this.signedOn = details.signedOn();
        this.signedAt = details.signedAt();
        this.inForceOn = details.inForceOn();
        this.expiresOn = details.expiresOn();
        this.tacitRenewal = details.tacitRenewal();
        this.renewalMonths = details.renewalMonths();
        this.noticeMonths = details.noticeMonths();
        this.reviewOn = details.reviewOn();
        this.themes = details.themes();
        this.notes = details.notes();
    }

    /** Moves the agreement along its life; the change is dated (when known) and kept. */
    void changeStatus(AgreementStatus next, LocalDate on, String note, String recordedBy) {
        if (!status.next().contains(next)) {
            throw new AgreementRefused("agreement.refused.transition");
        }
        status = next;
        // Signed or in force without a date: the record's own date of signature or entry into force, when it has one.
        LocalDate dated = on != null ? on : next == AgreementStatus.SIGNED ? signedOn
                : next == AgreementStatus.IN_FORCE ? inForceOn : null;
        events.add(new AgreementEvent(this, AgreementEventKind.STATUS, next, dated, note, recordedBy));
    }

    /** A renewal or an amendment: an event of the agreement's life that does not change its status. */
    void record(AgreementEventKind kind, LocalDate on, String note, String recordedBy) {
        if (kind == AgreementEventKind.STATUS) {
            throw new IllegalArgumentException("Use changeStatus");
        }
        if (status == AgreementStatus.EXPIRED || status == AgreementStatus.TERMINATED) {
            throw new AgreementRefused("agreement.refused.ended");
        }
        events.add(new AgreementEvent(this, kind, null, on, note, recordedBy));
    }

    /** A life event's date or note corrected (a typo); its kind and the status it set stay. */
    void correctEvent(long eventId, LocalDate on, String note) {
        event(eventId).correct(on, note);
    }

    /**
     * A renewal or an amendment recorded by mistake, removed. A status change is not: it made the agreement
     * what it is, and the next status change (or a correction of its date) is the way to amend it.
     */
    void removeEvent(long eventId) {
        AgreementEvent event = event(eventId);
        if (event.getKind() == AgreementEventKind.STATUS) {
            throw new AgreementRefused("agreement.refused.statusEventKept");
        }
        events.remove(event);
    }

    private AgreementEvent event(long eventId) {
        return events.stream().filter(e -> e.getId() == eventId).findFirst()
                .orElseThrow(() -> new NotFoundException("Agreement event", eventId));
    }

    /** What needs attention today. */
    public Set<AgreementAlert> alertsOn(LocalDate today) {
        Set<AgreementAlert> alerts = EnumSet.noneOf(AgreementAlert.class);
        boolean alive = status != AgreementStatus.EXPIRED && status != AgreementStatus.TERMINATED;
        if (alive && expiresOn != null && !expiresOn.isBefore(today)
                && expiresOn.isBefore(today.plusMonths(EXPIRY_WARNING_MONTHS))) {
            alerts.add(AgreementAlert.EXPIRES_SOON);
        }
        if (alive && expiresOn != null && noticeMonths != null) {
            LocalDate noticeBy = expiresOn.minusMonths(noticeMonths);
            if (!today.isBefore(noticeBy.minusMonths(NOTICE_WARNING_MONTHS)) && today.isBefore(expiresOn)) {
                alerts.add(AgreementAlert.NOTICE_DUE);
            }
        }
        if (alive && reviewOn != null && reviewOn.isBefore(today)) {
            alerts.add(AgreementAlert.REVIEW_PASSED);
        }
        if (signedOn == null && status != AgreementStatus.IN_NEGOTIATION) {
            alerts.add(AgreementAlert.SIGNATURE_DATE_MISSING);
        }
        if (inForceOn == null && (status == AgreementStatus.IN_FORCE || status == AgreementStatus.SUSPENDED)) {
            alerts.add(AgreementAlert.ENTRY_INTO_FORCE_MISSING);
        }
        return alerts;
    }

    /** How many of the key dates are still unknown ("to complete"). */
    public int getDatesToComplete() {
        int missing = 0;
        for (Object value : new Object[] { signedOn, inForceOn, expiresOn, reviewOn }) {
            if (value == null) {
                missing++;
            }
        }
        return missing;
    }

    public Partner getPartner() {
        return partner;
    }

    public Agreement getParent() {
        return parent;
    }

    public AgreementKind getKind() {
        return kind;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public String getSignatories() {
        return signatories;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public String getSignedAt() {
        return signedAt;
    }

    public LocalDate getInForceOn() {
        return inForceOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Boolean getTacitRenewal() {
        return tacitRenewal;
    }

    public Integer getRenewalMonths() {
        return renewalMonths;
    }

    public Integer getNoticeMonths() {
        return noticeMonths;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public String getThemes() {
        return themes;
    }

    public String getNotes() {
        return notes;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public List<AgreementEvent> getEvents() {
        return List.copyOf(events);
    }
}
