package be.brussels.international.coordination.contact;

import be.brussels.international.coordination.shared.Refused;

/** A change to contacts or notes that breaks a rule ({@code contact.refused.*}). */
public class ContactRefused extends Refused {

    ContactRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
