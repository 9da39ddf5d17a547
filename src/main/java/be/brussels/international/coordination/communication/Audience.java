package be.brussels.international.coordination.communication;

/** The lists a subscriber is on and an edition is sent to: the public « The Brussels globe », the staff's list. */
public enum Audience {
    GLOBE, STAFF
}
