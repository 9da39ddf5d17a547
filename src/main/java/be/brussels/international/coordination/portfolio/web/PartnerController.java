package be.brussels.international.coordination.portfolio.web;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.agreement.Agreements;
import be.brussels.international.coordination.cooperation.Projects;
import be.brussels.international.coordination.event.Events;
import be.brussels.international.coordination.contact.Contacts;
import be.brussels.international.coordination.contact.NoteKind;
import be.brussels.international.coordination.dossier.Dossier;
import be.brussels.international.coordination.dossier.DossierQueries;
import be.brussels.international.coordination.partner.Continent;
import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.partner.PartnerCatalog;
import be.brussels.international.coordination.portfolio.Timeline;
import be.brussels.international.coordination.portfolio.TimelineEntry;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.PageLinks;
import be.brussels.international.coordination.staff.StaffDirectory;
import be.brussels.international.coordination.visit.Visits;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class PartnerController {

    /** Upcoming and past visits shown on a partner's page; the visits list has them all. */
    private static final int VISITS_SHOWN = 5;

    /** The latest notes shown on a partner's page. */
    private static final int NOTES_SHOWN = 10;

    private final PartnerCatalog partners;

    private final DossierQueries dossiers;

    private final StaffDirectory staff;

    private final Visits visits;

    private final Agreements agreements;

    private final Contacts contacts;

    private final Timeline timeline;

    private final Events events;

    private final Projects projects;

    private final Clock clock;

    PartnerController(PartnerCatalog partners, DossierQueries dossiers, StaffDirectory staff, Visits visits,
            Agreements agreements, Contacts contacts, Timeline timeline, Events events, Projects projects,
            Clock clock) {
        this.events = events;
        this.projects = projects;
        this.contacts = contacts;
        this.timeline = timeline;
        this.partners = partners;
        this.dossiers = dossiers;
        this.staff = staff;
        this.visits = visits;
        this.agreements = agreements;
        this.clock = clock;
    }

    /** All partners with their holders today, filtered. Values that do not bind are ignored, never a 400. */
    @GetMapping("/partners")
    String list(@ModelAttribute("filter") PartnerListForm filter, BindingResult ignoredBindingErrors,
            @PageableDefault(size = 30) Pageable pageable, Locale locale, Model model) {
        List<Long> heldByHolder = filter.getHolder() == null ? List.of() : dossiers.partnerIdsHeldBy(filter.getHolder());
        Page<Partner> page = partners.search(filter.toFilter(heldByHolder), pageable, locale);
        model.addAttribute("partners", page.getContent());
        model.addAttribute("holders", dossiers.currentHoldersOfPartners(page.map(Partner::getId).getContent()));
        model.addAttribute("paging", PageLinks.of(page));
        model.addAttribute("continents", Continent.values());
        model.addAttribute("relations", PartnerListForm.Relation.values());
        model.addAttribute("people", staff.present());
        return "partner/list";
    }

    /** The partner's life, newest first: notes, visits, agreement events, decisions about its dossier. */
    @GetMapping("/partners/{slug}/timeline")
    String timeline(@PathVariable String slug, @PageableDefault(size = 20) Pageable pageable, Model model) {
        Partner partner = partners.findBySlug(slug).orElseThrow(() -> new NotFoundException("Partner", slug));
        Page<TimelineEntry> page = timeline.of(partner.getId(), pageable);
        model.addAttribute("partner", partner);
        model.addAttribute("entries", page.getContent());
        model.addAttribute("paging", PageLinks.of(page));
        return "partner/timeline";
    }

    /** A partner's portfolio: its names, where and what it is, its dossier and who holds it today. */
    @GetMapping("/partners/{slug}")
    String show(@PathVariable String slug, Model model) {
        Partner partner = partners.findBySlug(slug).orElseThrow(() -> new NotFoundException("Partner", slug));
        Dossier dossier = dossiers.findByPartner(partner).orElse(null);
        model.addAttribute("partner", partner);
        ZonedDateTime localTime = ZonedDateTime.now(clock).withZoneSameInstant(partner.getTimeZone())
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        model.addAttribute("localTime", localTime);
        model.addAttribute("localTimeIso", localTime.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        model.addAttribute("dossier", dossier);
        model.addAttribute("assignments", dossier == null ? List.of() : dossiers.currentAssignmentsOf(dossier));
        model.addAttribute("visits", visits.ofPartner(partner, VISITS_SHOWN));
        model.addAttribute("agreements", agreements.ofPartner(partner));
        model.addAttribute("contacts", contacts.contactsOf(partner));
        model.addAttribute("events", events.ofPartner(partner, VISITS_SHOWN * 2));
        model.addAttribute("projects", partner.isDevelopmentCooperation() ? projects.fundedOf(partner) : List.of());
        model.addAttribute("notes", contacts.latestNotesOf(partner, NOTES_SHOWN));
        model.addAttribute("noteKinds", NoteKind.values());
        model.addAttribute("today", java.time.LocalDate.now(clock));
        return "partner/show";
    }
}
