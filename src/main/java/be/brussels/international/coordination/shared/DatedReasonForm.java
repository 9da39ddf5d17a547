package be.brussels.international.coordination.shared;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Something ends on a day, for a reason, on the version of the record the reader saw: a partnership, a
 * thematic dossier. The reason's limit is its columns' (500).
 */
public class DatedReasonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveOn;

    @NotBlank
    @Size(max = 500)
    private String reason;

    private long version = -1;

    /** The form for a record at that version, dated {@code today}. */
    public static DatedReasonForm on(LocalDate today, long version) {
        DatedReasonForm form = new DatedReasonForm();
        form.effectiveOn = today;
        form.version = version;
        return form;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
