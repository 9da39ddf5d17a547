package be.brussels.international.coordination.dossier;

/** Labels: {@code reassignment.kind.<NAME>} in the message files. */
public enum ReassignmentKind {
    /** One holder hands the dossier to another person. */
    REPLACE,
    /** A co-holder joins. */
    ADD,
    /** A co-holder leaves; the others keep the dossier. */
    REMOVE,
    /** The last holder leaves and the dossier is left without holder, deliberately. */
    VACATE,
    /** The previous decision is reverted. */
    UNDO
}
