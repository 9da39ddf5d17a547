package be.brussels.international.coordination.agreement;

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
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** Something that happened to an agreement, dated when the date is known. Never changed once recorded. */
@Entity
@Table(name = "agreement_event")
@Audited
public class AgreementEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    @Enumerated(EnumType.STRING)
    private AgreementEventKind kind;

    @Enumerated(EnumType.STRING)
    private AgreementStatus status;

    private LocalDate occurredOn;

    private String note;

    private String recordedBy;

    private Instant recordedAt;

    protected AgreementEvent() {
    }

    AgreementEvent(Agreement agreement, AgreementEventKind kind, AgreementStatus status, LocalDate occurredOn,
            String note, String recordedBy) {
        this.agreement = agreement;
        this.kind = kind;
        this.status = status;
        this.occurredOn = occurredOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    void correct(LocalDate on, String newNote) {
        this.occurredOn = on;
        this.note = newNote;
    }

    public Long getId() {
        return id;
    }

    public AgreementEventKind getKind() {
        return kind;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
