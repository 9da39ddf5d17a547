package be.brussels.international.coordination.security;

import be.brussels.international.coordination.shared.Refused;

/** An account or password action that breaks one of the rules (the last administrator, a weak password...). */
public class AccountRefused extends Refused {

    public AccountRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
