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

/**
 * A dated link between a dossier and one of its holders. A period is never overwritten: a change of
 * holder ends one assignment and starts another, so the history of a dossier is the list of its
 * assignments. {@code validTo} is exclusive; null while the assignment runs.
 */
@Entity
@Table(name = "assignment")
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

    protected Assignment() {
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

    public boolean isCurrentOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
    }
}
