package be.brussels.international.coordination.partner;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import be.brussels.international.coordination.shared.Countries;
import be.brussels.international.coordination.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator keeps the list of partners: adds one when the Region signs with a new city or region (its
 * dossier comes with it, without holder until assigned), corrects its details, ends a partnership and resumes
 * it. A slug is chosen once and never given to another partner. Every change is audited (Envers).
 */
@Service
@Transactional
@PreAuthorize("hasRole('COORDINATOR')")
public class PartnerRegister {

    /** Slugs that would hide a page ({@code /partners/new}). */
    private static final Set<String> RESERVED = Set.of("new");

    private final PartnerRepository partners;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    PartnerRegister(PartnerRepository partners, ApplicationEventPublisher events, Clock clock) {
        this.partners = partners;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Refuses a slug another partner has (a slug is never used again) or that names a page. (That a thematic
     * dossier has it as its code is the dossier module's to refuse, when the partner is added.)
     */
    public void checkSlugFree(String slug) {
        if (RESERVED.contains(slug) || partners.existsBySlug(slug)) {
            throw new PartnerRefused("partner.refused.slugTaken", slug).onField("slug");
        }
    }

    /** A new partner, and with it its dossier (vacant until the coordinator assigns it). */
    public Partner add(String slug, PartnerDetails details) {
        checkSlugFree(slug);
        check(details);
        Partner partner = partners.save(new Partner(slug, details));
        events.publishEvent(new PartnerAdded(partner));
        return partner;
    }

    /** Corrects the partner's names, kind, place, time zone or relation; never its slug. */
    public void change(String slug, long seenVersion, PartnerDetails details) {
        Partner partner = forChange(slug, seenVersion);
        check(details);
        partner.change(details);
        events.publishEvent(new PartnerChanged(partner));
    }

    /**
     * The partnership ends that day (not later than today: record it when it happens), for that reason: the
     * partner leaves the active lists and choices, its dossier's holders stop that day; its pages, history and
     * search results stay.
     */
    public void end(String slug, long seenVersion, LocalDate on, String reason) {
        Partner partner = forChange(slug, seenVersion);
        if (on.isAfter(LocalDate.now(clock))) {
            throw new PartnerRefused("partner.refused.endInFuture").onField("effectiveOn");
        }
        partner.end(on, reason);
        events.publishEvent(new PartnershipEnded(partner, on, reason));
    }

    /** The partnership runs again: the partner is back in the lists; its dossier waits for a holder. */
    public void resume(String slug, long seenVersion) {
        forChange(slug, seenVersion).resume();
    }

    /** A country ISO 3166 knows, a time zone the JDK knows (the page then shows the partner's local time). */
    private static void check(PartnerDetails details) {
        if (!Countries.isKnown(details.countryCode())) {
            throw new PartnerRefused("partner.refused.country").onField("countryCode");
        }
        if (!ZoneId.getAvailableZoneIds().contains(details.timeZone())) {
            throw new PartnerRefused("partner.refused.timeZone").onField("timeZone");
        }
    }

    private Partner forChange(String slug, long seenVersion) {
        Partner partner = partners.findBySlug(slug).orElseThrow(() -> new NotFoundException("Partner", slug));
        partner.requireVersion(seenVersion);
        return partner;
    }
}
