package be.brussels.international.coordination.dossier;

import java.time.Instant;
import java.time.LocalDate;

import be.brussels.international.coordination.staff.StaffMember;

/**
 * A person's holding of a dossier as people read it: one period, however many assignments the history keeps
 * for it. An undo continues the holder's assignment in a new one (the decision it annuls had ended the first
 * on a day): the two follow each other, and the person holds the dossier from the first's start to the last's
 * end, as before the undone decision.
 */
public record Holding(Assignment first, LocalDate validFrom, LocalDate validTo) {

    public Dossier getDossier() {
        return first.getDossier();
    }

    public StaffMember getStaffMember() {
        return first.getStaffMember();
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    /** The first day it no longer runs, or null while no end is decided. */
    public LocalDate getValidTo() {
        return validTo;
    }

    /** The decision that gave the dossier (null for the reference data's first holders). */
    public Reassignment getStartedBy() {
        return first.getStartedBy();
    }

    public Instant getRecordedAt() {
        return first.getRecordedAt();
    }

    /** It starts after that day: the person takes the dossier over later. */
    public boolean isFutureOn(LocalDate day) {
        return validFrom.isAfter(day);
    }

    /** Something changes after that day: it starts later, or it ends on a later day. */
    public boolean isScheduledAfter(LocalDate day) {
        return validFrom.isAfter(day) || (validTo != null && validTo.isAfter(day));
    }
}
