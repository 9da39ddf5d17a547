package be.brussels.international.coordination.contact.web;

import java.io.Serializable;
import java.time.LocalDate;

import be.brussels.international.coordination.contact.NoteKind;
import be.brussels.international.coordination.contact.PartnerNote;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A note on a partner, as typed on the partner's page; the limit is the column's (partner_note). */
public class NoteForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private NoteKind kind = NoteKind.CALL;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate occurredOn;

    @NotBlank
    @Size(max = 4000)
    private String summary;

    /** An empty note of today, for the page's form. */
    static NoteForm of(LocalDate today) {
        NoteForm form = new NoteForm();
        form.occurredOn = today;
        return form;
    }

    /** The form filled with the note as recorded, to correct it. */
    static NoteForm from(PartnerNote note) {
        NoteForm form = new NoteForm();
        form.kind = note.getKind();
        form.occurredOn = note.getOccurredOn();
        form.summary = note.getSummary();
        return form;
    }

    public NoteKind getKind() {
        return kind;
    }

    public void setKind(NoteKind kind) {
        this.kind = kind;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
