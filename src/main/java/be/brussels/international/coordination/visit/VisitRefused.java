package be.brussels.international.coordination.visit;

import be.brussels.international.coordination.shared.Refused;

/** A change to a visit that breaks one of its rules (see the {@code visit.refused.*} messages). */
public class VisitRefused extends Refused {

    VisitRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
