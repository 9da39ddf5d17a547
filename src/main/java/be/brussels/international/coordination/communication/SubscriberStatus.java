package be.brussels.international.coordination.communication;

/** Where a subscription stands: waiting for its confirmation, confirmed (receives), or left. */
public enum SubscriberStatus {
    PENDING, CONFIRMED, UNSUBSCRIBED
}
