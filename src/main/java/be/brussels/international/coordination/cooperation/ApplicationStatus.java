package be.brussels.international.coordination.cooperation;

import java.util.EnumSet;
import java.util.Set;

/**
 * SUBMITTED → ELIGIBLE or INELIGIBLE; ELIGIBLE → GRANTED or REJECTED; GRANTED → IN_PROGRESS → CLOSED.
 * Labels: {@code application.status.<NAME>}.
 */
public enum ApplicationStatus {
    SUBMITTED, ELIGIBLE, INELIGIBLE, GRANTED, REJECTED, IN_PROGRESS, CLOSED;

    public Set<ApplicationStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(ELIGIBLE, INELIGIBLE);
            case ELIGIBLE -> EnumSet.of(GRANTED, REJECTED);
            case GRANTED -> EnumSet.of(IN_PROGRESS);
            case IN_PROGRESS -> EnumSet.of(CLOSED);
            case INELIGIBLE, REJECTED, CLOSED -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }
}
