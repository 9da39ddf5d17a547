package be.brussels.international.coordination.visit;

/** Labels: {@code gift.direction.<NAME>} in the message files. */
public enum GiftDirection {
    GIVEN, RECEIVED
}
