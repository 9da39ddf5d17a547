package be.brussels.international.coordination.event;

/** Labels: {@code event.status.<NAME>} in the message files. */
public enum EventStatus {
    PLANNED, CONFIRMED, HELD, CANCELLED
}
