package be.brussels.international.coordination.agreement;

/** Labels: {@code agreement.event.<NAME>} in the message files. */
public enum AgreementEventKind {
    STATUS, RENEWED, AMENDED
}
