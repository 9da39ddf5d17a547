package be.brussels.international.coordination.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import be.brussels.international.coordination.dossier.PartnerEditRights;
import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.partner.PartnerCatalog;
import be.brussels.international.coordination.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people the cell deals with at each partner, and the notes staff log about partners. Everyone reads;
 * the holders of a partner's dossier and the coordinator write (row rights, {@link PartnerEditRights}).
 */
@Service
@Transactional
@PreAuthorize("hasRole('STAFF')")
public class Contacts {

    private final ContactRepository contacts;

    private final NoteRepository notes;

    private final PartnerCatalog partners;

    private final PartnerEditRights rights;

    private final Clock clock;

    Contacts(ContactRepository contacts, NoteRepository notes, PartnerCatalog partners, PartnerEditRights rights,
            Clock clock) {
        this.contacts = contacts;
        this.notes = notes;
        this.partners = partners;
        this.rights = rights;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PartnerContact> contactsOf(Partner partner) {
        return contacts.findByPartnerId(partner.getId());
    }

    /** The partner's contacts, present and past (404 for a partner that does not exist). */
    @Transactional(readOnly = true)
    public List<PartnerContact> contactsOf(String partnerSlug) {
        return contactsOf(partner(partnerSlug));
    }

    @Transactional(readOnly = true)
    public List<PartnerNote> latestNotesOf(Partner partner, int limit) {
        return contacts.findNotesOfPartner(partner.getId(), PageRequest.of(0, limit));
    }

    /**
     * Refuses (403) unless the current user may change what is recorded about this partner: asked before a
     * form is even checked, so that someone without the right learns nothing from the answer.
     */
    @Transactional(readOnly = true)
    public void checkCanEdit(String partnerSlug) {
        rights.check(partner(partnerSlug));
    }

    public void addContact(String partnerSlug, ContactDetails details) {
        Partner partner = partner(partnerSlug);
        rights.check(partner);
        contacts.save(new PartnerContact(partner, details));
    }

    /** Ends a contact of that partner: one of another partner is not found there (404), and nothing changes. */
    public void endContact(String partnerSlug, long contactId, LocalDate on) {
        PartnerContact contact = contacts.findById(contactId)
                .filter(found -> found.getPartner().getSlug().equals(partnerSlug))
                .orElseThrow(() -> new NotFoundException("Contact", contactId));
        rights.check(contact.getPartner());
        contact.end(on);
    }

    /** A note cannot be dated in the future: it records what happened. */
    public void addNote(String partnerSlug, NoteKind kind, LocalDate occurredOn, String summary) {
        Partner partner = partner(partnerSlug);
        rights.check(partner);
        if (occurredOn.isAfter(LocalDate.now(clock))) {
            throw new ContactRefused("note.refused.future");
        }
        notes.save(new PartnerNote(partner, kind, occurredOn, summary,
                SecurityContextHolder.getContext().getAuthentication().getName()));
    }

    private Partner partner(String slug) {
        return partners.findBySlug(slug).orElseThrow(() -> new NotFoundException("Partner", slug));
    }
}
