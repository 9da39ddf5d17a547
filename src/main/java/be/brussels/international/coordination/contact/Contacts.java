package be.brussels.international.coordination.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import be.brussels.international.coordination.dossier.PartnerEditRights;
import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.partner.PartnerCatalog;
import be.brussels.international.coordination.shared.BaseEntity;
import be.brussels.international.coordination.shared.Languages;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.ReaderRoles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
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

    private final ReaderRoles roles;

    Contacts(ContactRepository contacts, NoteRepository notes, PartnerCatalog partners, PartnerEditRights rights,
            ReaderRoles roles, Clock clock) {
        this.roles = roles;
        this.contacts = contacts;
        this.notes = notes;
        this.partners = partners;
        this.rights = rights;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PartnerContact> contactsOf(Partner partner) {
        return inOrder(contacts.findByPartnerId(partner.getId()));
    }

    /** The partner's contacts, present and past (404 for a partner that does not exist). */
    @Transactional(readOnly = true)
    public List<PartnerContact> contactsOf(String partnerSlug) {
        return contactsOf(partner(partnerSlug));
    }

    /** A partner's contacts and latest notes, as on its page. */
    public record OfPartner(List<PartnerContact> contacts, List<PartnerNote> latestNotes) {
    }

    /**
     * The partner's contacts (as {@link #contactsOf(Partner)}) and its {@code notes} latest notes, latest first, in one
     * statement.
     */
    @Transactional(readOnly = true)
    public OfPartner contactsAndLatestNotesOf(Partner partner, int notes) {
        OfPartner read = contacts.contactsAndLatestNotes(partner.getId(), notes);
        return new OfPartner(inOrder(read.contacts()), read.latestNotes());
    }

    /**
     * Current contacts first, by name as the reader's language sorts names (« alain », « Bernard », « Émile », not
     * the database's character codes: « Bernard », « alain », « Émile »); then former ones, the latest to leave first.
     */
    private static List<PartnerContact> inOrder(List<PartnerContact> contacts) {
        Comparator<PartnerContact> order = Comparator.comparing((PartnerContact contact) -> contact.getToOn() != null)
                .thenComparing(PartnerContact::getToOn, Comparator.nullsFirst(Comparator.reverseOrder()))
                .thenComparing(PartnerContact::getName, Languages.NAMES);
        return contacts.stream().sorted(order).toList();
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
            throw new ContactRefused("note.refused.future").onField("occurredOn");
        }
        notes.save(new PartnerNote(partner, kind, occurredOn, summary,
                SecurityContextHolder.getContext().getAuthentication().getName()));
    }

    /** A contact of that partner, corrected (a typo, a new e-mail) by someone who may edit the partner. */
    public void changeContact(String partnerSlug, long contactId, long expectedVersion, ContactDetails details) {
        forChange(contact(partnerSlug, contactId), expectedVersion).change(details);
    }

    /** A contact recorded by mistake, removed (one who moved on is ended instead); its history stays. */
    public void removeContact(String partnerSlug, long contactId, long expectedVersion) {
        contacts.delete(forChange(contact(partnerSlug, contactId), expectedVersion));
    }

    /** The contact as recorded, to correct it (refused, 403, to someone who may not edit the partner). */
    @Transactional(readOnly = true)
    public PartnerContact contactToChange(String partnerSlug, long contactId) {
        return contact(partnerSlug, contactId);
    }

    /**
     * A note corrected by its author or the coordinator (anyone else: 403); still not in the future. Its
     * earlier versions stay in the history.
     */
    public void changeNote(String partnerSlug, long noteId, long expectedVersion, NoteKind kind,
            LocalDate occurredOn, String summary) {
        PartnerNote note = forChange(note(partnerSlug, noteId), expectedVersion);
        if (occurredOn.isAfter(LocalDate.now(clock))) {
            throw new ContactRefused("note.refused.future").onField("occurredOn");
        }
        note.change(kind, occurredOn, summary);
    }

    /** A note removed by its author or the coordinator; the history keeps what it said. */
    public void removeNote(String partnerSlug, long noteId, long expectedVersion) {
        notes.delete(forChange(note(partnerSlug, noteId), expectedVersion));
    }

    /** The note as recorded, to correct it (refused, 403, to anyone but its author and the coordinator). */
    @Transactional(readOnly = true)
    public PartnerNote noteToChange(String partnerSlug, long noteId) {
        return note(partnerSlug, noteId);
    }

    /**
     * Of these notes, those the reader may correct or remove: their own (while they may edit the partner), or
     * all of them for the coordinator.
     */
    @Transactional(readOnly = true)
    public Set<Long> changeableNotes(List<PartnerNote> shown, boolean readerMayEditPartner) {
        if (roles.has("COORDINATOR")) {
            return shown.stream().map(PartnerNote::getId).collect(Collectors.toSet());
        }
        if (!readerMayEditPartner) {
            return Set.of();
        }
        String reader = SecurityContextHolder.getContext().getAuthentication().getName();
        return shown.stream().filter(n -> n.getAuthor().equals(reader)).map(PartnerNote::getId)
                .collect(Collectors.toSet());
    }

    private PartnerContact contact(String partnerSlug, long contactId) {
        PartnerContact contact = contacts.findById(contactId)
                .filter(found -> found.getPartner().getSlug().equals(partnerSlug))
                .orElseThrow(() -> new NotFoundException("Contact", contactId));
        rights.check(contact.getPartner());
        return contact;
    }

    private PartnerNote note(String partnerSlug, long noteId) {
        PartnerNote note = notes.findById(noteId).filter(found -> found.getPartner().getSlug().equals(partnerSlug))
                .orElseThrow(() -> new NotFoundException("Note", noteId));
        if (!roles.has("COORDINATOR")) {
            rights.check(note.getPartner());
            if (!note.getAuthor().equals(SecurityContextHolder.getContext().getAuthentication().getName())) {
                throw new AccessDeniedException("Only its author or the coordinator changes a note");
            }
        }
        return note;
    }

    private static <T extends BaseEntity> T forChange(T record, long expectedVersion) {
        if (record.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(record.getClass(), record.getId());
        }
        return record;
    }

    private Partner partner(String slug) {
        return partners.findBySlug(slug).orElseThrow(() -> new NotFoundException("Partner", slug));
    }
}
