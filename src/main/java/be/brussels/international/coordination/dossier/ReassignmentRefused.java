package be.brussels.international.coordination.dossier;

import be.brussels.international.coordination.shared.Refused;

/** A reassignment that breaks one of the cell's rules (see the {@code reassignment.refused.*} messages). */
public class ReassignmentRefused extends Refused {

    ReassignmentRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
