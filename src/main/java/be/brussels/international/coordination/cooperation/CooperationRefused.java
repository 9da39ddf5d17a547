package be.brussels.international.coordination.cooperation;

import be.brussels.international.coordination.shared.Refused;

/** A change to calls or applications that breaks a rule ({@code cooperation.refused.*}). */
public class CooperationRefused extends Refused {

    CooperationRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
