package be.brussels.international.coordination.agreement.web;

import java.io.Serializable;
import java.time.LocalDate;

import be.brussels.international.coordination.agreement.AgreementEvent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The date and the note of a life event, corrected; its kind and the status it set stay. */
class LifeCorrectionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate occurredOn;

    @Size(max = 1000)
    private String note;

    static LifeCorrectionForm from(AgreementEvent event) {
        LifeCorrectionForm form = new LifeCorrectionForm();
        form.occurredOn = event.getOccurredOn();
        form.note = event.getNote();
        return form;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
