package be.brussels.international.coordination.communication;

/**
 * Where an edition stands: written (draft), approved by the coordinator, scheduled, being sent (or paused), sent
 * — or cancelled while scheduled or sending.
 */
public enum EditionStatus {
    DRAFT, APPROVED, SCHEDULED, SENDING, PAUSED, SENT, CANCELLED;

    /** The articles and subject can still change (a change to an approved edition needs approving again). */
    public boolean isEditable() {
        return this == DRAFT || this == APPROVED;
    }
}
