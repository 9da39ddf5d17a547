package be.brussels.international.coordination.dossier.web;

import java.io.Serializable;
import java.time.LocalDate;

import be.brussels.international.coordination.dossier.Reassignment;
import be.brussels.international.coordination.dossier.ReassignmentKind;
import be.brussels.international.coordination.dossier.Reassignments;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** What the coordinator types to reassign a dossier. Never an entity: turned into a {@code Decision}. */
class ReassignmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private ReassignmentKind kind = ReassignmentKind.REPLACE;

    private String holder;

    private String successor;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveOn;

    private boolean leaveVacant;

    @NotBlank
    @Size(max = Reassignment.REASON_MAX_LENGTH)
    private String reason;

    private long version;

    /** The fields each kind of decision needs. */
    void validateFor(Errors errors) {
        if (kind == null) {
            return;
        }
        if ((kind == ReassignmentKind.REPLACE || kind == ReassignmentKind.REMOVE) && holder == null) {
            errors.rejectValue("holder", "reassignment.holder.required");
        }
        if ((kind == ReassignmentKind.REPLACE || kind == ReassignmentKind.ADD) && successor == null) {
            errors.rejectValue("successor", "reassignment.successor.required");
        }
        if (kind == ReassignmentKind.VACATE || kind == ReassignmentKind.UNDO) {
            errors.rejectValue("kind", "reassignment.kind.invalid");
        }
        if (effectiveOn != null && (effectiveOn.getYear() < 2000 || effectiveOn.getYear() > 2100)) {
            errors.rejectValue("effectiveOn", "reassignment.effectiveOn.range");
        }
    }

    Reassignments.Decision toDecision(String dossierCode) {
        return new Reassignments.Decision(dossierCode, version, kind, holder, successor, effectiveOn, leaveVacant,
                reason);
    }

    public ReassignmentKind getKind() {
        return kind;
    }

    public void setKind(ReassignmentKind kind) {
        this.kind = kind;
    }

    public String getHolder() {
        return holder;
    }

    public void setHolder(String holder) {
        this.holder = holder;
    }

    public String getSuccessor() {
        return successor;
    }

    public void setSuccessor(String successor) {
        this.successor = successor;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public boolean isLeaveVacant() {
        return leaveVacant;
    }

    public void setLeaveVacant(boolean leaveVacant) {
        this.leaveVacant = leaveVacant;
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
