package be.brussels.international.coordination.dossier;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A decision of the coordinator about who holds a dossier: what changed, from which day, why, who decided.
 * Assignments point to the decision that started, ended or annulled them, so that a decision can be undone
 * without deleting anything.
 */
@Entity
@Table(name = "reassignment")
@Audited
public class Reassignment {

    /** The longest reason a decision may give (the column's, {@code reassignment.reason}). */
    public static final int REASON_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Enumerated(EnumType.STRING)
    private ReassignmentKind kind;

    private LocalDate effectiveOn;

    private String reason;

    private String decidedBy;

    private Instant decidedAt;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "undoes_id")
    private Reassignment undoes;

    protected Reassignment() {
    }

    Reassignment(Dossier dossier, ReassignmentKind kind, LocalDate effectiveOn, String reason, String decidedBy,
            Reassignment undoes) {
        this.dossier = dossier;
        this.kind = kind;
        this.effectiveOn = effectiveOn;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = Instant.now();
        this.undoes = undoes;
    }

    public Long getId() {
        return id;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public ReassignmentKind getKind() {
        return kind;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Reassignment getUndoes() {
        return undoes;
    }
}
