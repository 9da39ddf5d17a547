package be.brussels.international.coordination.event;

/** Labels: {@code event.kind.<NAME>} in the message files. */
public enum EventKind {
    WORLD_EXPO, INTERNATIONAL_EXPO, BRUSSELS_DAYS, EAT_BRUSSELS, COLLOQUIUM, STATE_VISIT, RECEPTION, OTHER
}
