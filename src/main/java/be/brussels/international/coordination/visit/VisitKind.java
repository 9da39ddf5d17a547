package be.brussels.international.coordination.visit;

/** Labels: {@code visit.kind.<NAME>} in the message files. */
public enum VisitKind {
    STATE, OFFICIAL, WORKING, OTHER
}
