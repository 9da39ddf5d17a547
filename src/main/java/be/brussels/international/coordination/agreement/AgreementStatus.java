package be.brussels.international.coordination.agreement;

import java.util.EnumSet;
import java.util.Set;

/**
 * in negotiation → signed → in force → (suspended ↔ in force) → expired / terminated. Labels:
 * {@code agreement.status.<NAME>} in the message files.
 */
public enum AgreementStatus {
    IN_NEGOTIATION, SIGNED, IN_FORCE, SUSPENDED, EXPIRED, TERMINATED;

    /** The statuses this one may change to. */
    public Set<AgreementStatus> next() {
        return switch (this) {
            case IN_NEGOTIATION -> EnumSet.of(SIGNED, TERMINATED);
            case SIGNED -> EnumSet.of(IN_FORCE, TERMINATED);
            case IN_FORCE -> EnumSet.of(SUSPENDED, EXPIRED, TERMINATED);
            case SUSPENDED -> EnumSet.of(IN_FORCE, EXPIRED, TERMINATED);
            case EXPIRED, TERMINATED -> EnumSet.noneOf(AgreementStatus.class);
        };
    }
}
