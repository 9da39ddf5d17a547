package be.brussels.international.coordination.contact;

/** A partner's contacts and latest notes read together (ContactRepository's fragment). */
interface ContactsAndNotes {

    /** The partner's contacts (current ones first, by name, then past ones, latest first) and its latest notes. */
    Contacts.OfPartner contactsAndLatestNotes(long partnerId, int notes);
}
