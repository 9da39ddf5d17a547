package be.brussels.international.coordination.dossier.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.brussels.international.coordination.dossier.Reassignment;
import be.brussels.international.coordination.dossier.Reassignments;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * Handing over a person's dossiers: one successor for all, or a choice per dossier ({@code choices}, by
 * dossier code: a username, {@link #VACANT}, or empty for "the successor chosen for all").
 */
class HandoverForm implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String VACANT = "VACANT";

    private String successor;

    private Map<String, String> choices = new LinkedHashMap<>();

    /** The version of each dossier when the form was shown: a dossier changed meanwhile is a conflict. */
    private Map<String, Long> versions = new LinkedHashMap<>();

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveOn;

    @NotBlank
    @Size(max = Reassignment.REASON_MAX_LENGTH)
    private String reason;

    private boolean leaving;

    /** Every dossier needs a successor, its own or the one for all; vacant only when chosen. */
    void validateFor(Errors errors) {
        for (String code : versions.keySet()) {
            if (choiceFor(code) == null) {
                errors.rejectValue("successor", "handover.successor.required");
                return;
            }
        }
        if (effectiveOn != null && (effectiveOn.getYear() < 2000 || effectiveOn.getYear() > 2100)) {
            errors.rejectValue("effectiveOn", "reassignment.effectiveOn.range");
        }
    }

    /** The successor of one dossier: a username, VACANT, or null when nothing was chosen. */
    String choiceFor(String code) {
        String choice = choices.get(code);
        return choice == null || choice.isBlank() ? successor : choice;
    }

    Reassignments.Handover toHandover(String holder) {
        List<Reassignments.Transfer> transfers = new ArrayList<>();
        versions.forEach((code, version) -> {
            String choice = choiceFor(code);
            transfers.add(new Reassignments.Transfer(code, version, VACANT.equals(choice) ? null : choice));
        });
        return new Reassignments.Handover(holder, effectiveOn, reason, leaving, transfers);
    }

    public String getSuccessor() {
        return successor;
    }

    public void setSuccessor(String successor) {
        this.successor = successor;
    }

    public Map<String, String> getChoices() {
        return choices;
    }

    public void setChoices(Map<String, String> choices) {
        this.choices = choices;
    }

    public Map<String, Long> getVersions() {
        return versions;
    }

    public void setVersions(Map<String, Long> versions) {
        this.versions = versions;
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

    public boolean isLeaving() {
        return leaving;
    }

    public void setLeaving(boolean leaving) {
        this.leaving = leaving;
    }
}
