package be.brussels.international.coordination.dossier;

import java.time.LocalDate;

import be.brussels.international.coordination.staff.StaffMember;

/**
 * One line of a dossier's assignment history: an assignment, and its end as the reader knows it, which is the
 * end of the assignment an undo continued it into (the undo restored the period; its own decision shows as
 * the undone one, struck through, and in the decisions' history).
 */
public record HistoryRow(Assignment assignment, LocalDate validTo) {

    public StaffMember getStaffMember() {
        return assignment.getStaffMember();
    }

    public LocalDate getValidFrom() {
        return assignment.getValidFrom();
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    /** The decision that made it never count (an undo, or a decision effective on its first day), or null. */
    public Reassignment getAnnulledBy() {
        return assignment.getAnnulledBy();
    }

    public boolean isAnnulled() {
        return assignment.isAnnulled();
    }

    public String getDecidedBy() {
        return assignment.getDecidedBy();
    }

    public String getReason() {
        return assignment.getReason();
    }

    public boolean isFutureOn(LocalDate day) {
        return assignment.isFutureOn(day);
    }
}
