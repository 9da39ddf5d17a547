package be.brussels.international.coordination.dossier;

import java.time.Instant;
import java.time.LocalDate;

import be.brussels.international.coordination.staff.StaffMember;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A dated link between a dossier and one of its holders. A period is never overwritten: a change of
 * holder ends one assignment and starts another, so the history of a dossier is the list of its
 * assignments. {@code validTo} is exclusive; null while the assignment runs.
 */
@Entity
@Table(name = "assignment")
@Audited
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_member_id")
    private StaffMember staffMember;

    private LocalDate validFrom;

    private LocalDate validTo;

    private String decidedBy;

    private String reason;

    private Instant recordedAt;

    /** The decision that started this assignment; null for the reference data. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "started_by_id")
    private Reassignment startedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ended_by_id")
    private Reassignment endedBy;

    /** Set when the decision that started it was undone: the assignment never counted. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "annulled_by_id")
    private Reassignment annulledBy;

    protected Assignment() {
    }

    Assignment(Dossier dossier, StaffMember staffMember, LocalDate validFrom, Reassignment startedBy) {
        this.dossier = dossier;
        this.staffMember = staffMember;
        this.validFrom = validFrom;
        this.decidedBy = startedBy.getDecidedBy();
        this.reason = startedBy.getReason();
        this.recordedAt = Instant.now();
        this.startedBy = startedBy;
    }

    /**
     * From {@code on}, the person no longer holds the dossier: the assignment ends the day before, or, when
     * it would end on its first day, it is annulled (it never counted).
     */
    void stop(LocalDate on, Reassignment decision) {
        if (!isRunning() || on.isBefore(validFrom)) {
            throw new IllegalStateException("Cannot stop assignment " + id + " on " + on);
        }
        if (on.isAfter(validFrom)) {
            this.validTo = on;
            this.endedBy = decision;
        }
        else {
            this.annulledBy = decision;
        }
    }

    /** Marks the assignment as never having counted, because the decision that started it was undone. */
    void annul(Reassignment undo) {
        this.annulledBy = undo;
    }

    public Long getId() {
        return id;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public StaffMember getStaffMember() {
        return staffMember;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Reassignment getStartedBy() {
        return startedBy;
    }

    public Reassignment getEndedBy() {
        return endedBy;
    }

    public Reassignment getAnnulledBy() {
        return annulledBy;
    }

    public boolean isAnnulled() {
        return annulledBy != null;
    }

    /** The person holds the dossier on that day. */
    public boolean isCurrentOn(LocalDate day) {
        return !isAnnulled() && !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
    }

    /** Not ended and not annulled: the person holds the dossier now, or will from {@code validFrom}. */
    public boolean isRunning() {
        return !isAnnulled() && validTo == null;
    }

    /** Starts after that day: the page says "from <date>". */
    public boolean isFutureOn(LocalDate day) {
        return !isAnnulled() && validFrom.isAfter(day);
    }
}
