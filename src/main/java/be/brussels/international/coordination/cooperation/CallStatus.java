package be.brussels.international.coordination.cooperation;

/** DRAFT → OPEN → CLOSED → EVALUATED → AWARDED. Labels: {@code call.status.<NAME>}. */
public enum CallStatus {
    DRAFT, OPEN, CLOSED, EVALUATED, AWARDED;

    /** The next step of a call's life, or null at its end. */
    public CallStatus next() {
        return this == AWARDED ? null : values()[ordinal() + 1];
    }
}
