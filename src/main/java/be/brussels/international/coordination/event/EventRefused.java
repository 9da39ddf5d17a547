package be.brussels.international.coordination.event;

import be.brussels.international.coordination.shared.Refused;

/** A change to an event that breaks a rule ({@code event.refused.*}). */
public class EventRefused extends Refused {

    EventRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
