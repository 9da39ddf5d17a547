package be.brussels.international.coordination.contact;

/** A partner's contacts and latest notes read together (ContactRepository's fragment). */
interface ContactsAndNotes {

    /** The partner's contacts (in no particular order) and its {@code notes} latest notes, latest first. */
    Contacts.OfPartner contactsAndLatestNotes(long partnerId, int notes);
}
