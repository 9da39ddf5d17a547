package be.brussels.international.coordination.agreement;

/** Labels: {@code agreement.kind.<NAME>} in the message files. */
public enum AgreementKind {
    COOPERATION_AGREEMENT, ARRANGEMENT, MEMORANDUM_OF_UNDERSTANDING, AMENDMENT, ACTION_PROGRAMME
}
