package be.brussels.international.coordination.portfolio;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import be.brussels.international.coordination.agreement.Agreement;
import be.brussels.international.coordination.agreement.Agreements;
import be.brussels.international.coordination.contact.Contacts;
import be.brussels.international.coordination.contact.PartnerContact;
import be.brussels.international.coordination.contact.PartnerNote;
import be.brussels.international.coordination.dossier.Holding;
import be.brussels.international.coordination.dossier.Dossier;
import be.brussels.international.coordination.dossier.DossierQueries;
import be.brussels.international.coordination.dossier.PartnerEditRights;
import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.partner.PartnerCatalog;
import be.brussels.international.coordination.portfolio.PartnerActivity.Activity;
import be.brussels.international.coordination.portfolio.PartnerActivity.EventLine;
import be.brussels.international.coordination.portfolio.PartnerActivity.ProjectLine;
import be.brussels.international.coordination.visit.Visits;
import be.brussels.international.coordination.visit.Visits.PartnerVisits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything a partner's page shows, read in one read-only transaction: one connection and one snapshot for
 * the page's ten reads, where each service alone opens and commits its own (measured at 10×: a fifth of the
 * page's time went to those transactions).
 */
@Service
@PreAuthorize("hasRole('STAFF')")
public class PartnerPortfolio {

    /** A partner's page: its dossier and holders, the latest of everything recorded about it. */
    public record Page(Partner partner, Dossier dossier, List<Holding> assignments, PartnerVisits visits,
            List<Agreement> agreements, List<PartnerContact> contacts, List<EventLine> events,
            List<ProjectLine> projects, List<PartnerNote> notes, boolean canEdit, Set<Long> changeableNotes) {
    }

    /** Upcoming and past visits shown (each); the visits list has them all. */
    private static final int VISITS_SHOWN = 5;

    /** The events the partner took part in, latest first; its timeline has them all. */
    private static final int EVENTS_SHOWN = 10;

    private static final int NOTES_SHOWN = 10;

    private final PartnerCatalog partners;

    private final DossierQueries dossiers;

    private final Visits visits;

    private final Agreements agreements;

    private final Contacts contacts;

    private final PartnerActivity activity;

    private final PartnerEditRights editRights;

    PartnerPortfolio(PartnerCatalog partners, DossierQueries dossiers, Visits visits, Agreements agreements,
            Contacts contacts, PartnerActivity activity, PartnerEditRights editRights) {
        this.partners = partners;
        this.dossiers = dossiers;
        this.visits = visits;
        this.agreements = agreements;
        this.contacts = contacts;
        this.activity = activity;
        this.editRights = editRights;
    }

    /** The page of the partner with this slug. */
    @Transactional(readOnly = true)
    public Optional<Page> of(String slug) {
        // The dossier with its partner and its holders, one statement; the partner alone when it has no dossier.
        Optional<DossierQueries.PartnerDossier> held = dossiers.ofPartner(slug);
        List<Holding> holdings = held.map(DossierQueries.PartnerDossier::holdings).orElse(List.of());
        Optional<Dossier> dossier = held.map(DossierQueries.PartnerDossier::dossier);
        return dossier.map(Dossier::getPartner).or(() -> partners.findBySlug(slug)).map(partner -> {
            Contacts.OfPartner recorded = contacts.contactsAndLatestNotesOf(partner, NOTES_SHOWN);
            List<PartnerNote> notes = recorded.latestNotes();
            boolean canEdit = editRights.canEdit(holdings);
            // Its events and its projects, one statement.
            Activity took = activity.of(partner, EVENTS_SHOWN);
            return new Page(partner, dossier.orElse(null), holdings, visits.ofPartner(partner, VISITS_SHOWN),
                    agreements.ofPartner(partner), recorded.contacts(), took.events(), took.projects(), notes,
                    canEdit, contacts.changeableNotes(notes, canEdit));
        });
    }
}
