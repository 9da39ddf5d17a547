package be.brussels.international.coordination.contact;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

/**
 * One statement for a partner's contacts and its latest notes, where two queries took two (issue 23: a partner's
 * page in at most five statements). Each part is read as its own query would read it, and the parts are set side
 * by side ({@code full join … on false}): a row carries a contact or a note, the other half empty — Hibernate
 * gives {@code null} for it. The notes come latest first; the contacts are put in order by Contacts (names as the
 * reader's language sorts them).
 */
class ContactsAndNotesImpl implements ContactsAndNotes {

    private static final String CONTACTS_AND_NOTES = """
            select {c.*}, {n.*}
            from (select * from partner_contact where partner_id = :partner) c
            full join (select * from partner_note where partner_id = :partner
                       order by occurred_on desc, id desc limit :notes) n on false
            order by n.occurred_on desc, n.id desc""";

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Contacts.OfPartner contactsAndLatestNotes(long partnerId, int notes) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.unwrap(Session.class).createNativeQuery(CONTACTS_AND_NOTES)
                .addEntity("c", PartnerContact.class).addEntity("n", PartnerNote.class)
                .setParameter("partner", partnerId).setParameter("notes", notes).getResultList();
        List<PartnerContact> contacts = new ArrayList<>();
        List<PartnerNote> latest = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[0] != null) {
                contacts.add((PartnerContact) row[0]);
            }
            if (row[1] != null) {
                latest.add((PartnerNote) row[1]);
            }
        }
        return new Contacts.OfPartner(List.copyOf(contacts), List.copyOf(latest));
    }
}
