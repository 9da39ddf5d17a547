package be.brussels.international.coordination.contact;

import java.time.Instant;
import java.time.LocalDate;

import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.shared.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A dated note about a partner (a call, a meeting, a mail). Its author (or the coordinator) may correct or
 * remove it; every version stays in its history.
 */
@Entity
@Table(name = "partner_note")
@Audited
public class PartnerNote extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @Enumerated(EnumType.STRING)
    private NoteKind kind;

    private LocalDate occurredOn;

    private String summary;

    private String author;

    private Instant recordedAt;

    protected PartnerNote() {
    }

    PartnerNote(Partner partner, NoteKind kind, LocalDate occurredOn, String summary, String author) {
        this.partner = partner;
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.summary = summary;
        this.author = author;
        this.recordedAt = Instant.now();
    }

    void change(NoteKind kind, LocalDate occurredOn, String summary) {
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.summary = summary;
    }

    public Partner getPartner() {
        return partner;
    }

    public NoteKind getKind() {
        return kind;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public String getSummary() {
        return summary;
    }

    public String getAuthor() {
        return author;
    }
}
