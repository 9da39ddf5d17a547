package be.brussels.international.coordination.partner;

import be.brussels.international.coordination.shared.Refused;

/** A change of the partners that breaks a rule (a slug taken, a partnership already ended...). */
public class PartnerRefused extends Refused {

    public PartnerRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
