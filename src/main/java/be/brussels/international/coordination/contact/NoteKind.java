package be.brussels.international.coordination.contact;

/** Labels: {@code note.kind.<NAME>} in the message files. */
public enum NoteKind {
    CALL, MEETING, MAIL, OTHER
}
