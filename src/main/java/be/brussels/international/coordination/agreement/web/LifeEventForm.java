package be.brussels.international.coordination.agreement.web;

import java.io.Serializable;
import java.time.LocalDate;

import be.brussels.international.coordination.agreement.AgreementEventKind;
import be.brussels.international.coordination.agreement.AgreementStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** A change of status, a renewal or an amendment, with its date when known. */
class LifeEventForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private AgreementEventKind kind = AgreementEventKind.STATUS;

    private AgreementStatus status;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate occurredOn;

    @Size(max = 1000)
    private String note;

    void validateFor(Errors errors) {
        if (kind == AgreementEventKind.STATUS && status == null) {
            errors.rejectValue("status", "agreement.status.required");
        }
    }

    public AgreementEventKind getKind() {
        return kind;
    }

    public void setKind(AgreementEventKind kind) {
        this.kind = kind;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public void setStatus(AgreementStatus status) {
        this.status = status;
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
