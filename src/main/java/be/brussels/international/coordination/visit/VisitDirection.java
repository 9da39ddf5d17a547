package be.brussels.international.coordination.visit;

/** Labels: {@code visit.direction.<NAME>} in the message files. */
public enum VisitDirection {
    INCOMING, OUTGOING
}
