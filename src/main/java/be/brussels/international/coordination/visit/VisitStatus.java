package be.brussels.international.coordination.visit;

/**
 * PLANNED → CONFIRMED → COMPLETED (with a follow-up), or CANCELLED before it is completed. Labels:
 * {@code visit.status.<NAME>} in the message files.
 */
public enum VisitStatus {
    PLANNED, CONFIRMED, COMPLETED, CANCELLED
}
