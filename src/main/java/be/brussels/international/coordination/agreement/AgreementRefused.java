package be.brussels.international.coordination.agreement;

import be.brussels.international.coordination.shared.Refused;

/** A change to an agreement that breaks one of the register's rules ({@code agreement.refused.*}). */
public class AgreementRefused extends Refused {

    AgreementRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
