package be.brussels.international.coordination.communication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.partner.PartnerCatalog;
import be.brussels.international.coordination.partner.PartnerChoice;
import be.brussels.international.coordination.shared.Brussels;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.Refused;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editorial calendar of the website, the X account and the newsletter, kept by who runs the cell's
 * communication; approval is the coordinator's. Every change is audited.
 */
@Service
@Transactional
public class EditorialCalendar {

    private final EditorialItemRepository items;

    private final PartnerCatalog partners;

    private final CommunicationRights rights;

    private final SourceChoices sources;

    private final Clock clock;

    EditorialCalendar(EditorialItemRepository items, PartnerCatalog partners, CommunicationRights rights,
            SourceChoices sources, Clock clock) {
        this.items = items;
        this.partners = partners;
        this.rights = rights;
        this.sources = sources;
        this.clock = clock;
    }

    /** The items planned from {@code from} to {@code to}, of that channel and status (each optional). */
    @Transactional(readOnly = true)
    public Page<EditorialItem> search(Channel channel, EditorialStatus status, Instant from, Instant to,
            Pageable pageable) {
        rights.checkCanManage();
        return items.search(channel, status, from, to,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    /**
     * What is planned from {@code from} to {@code to} (days, Brussels), ideas aside: the cell's month calendar,
     * which every member reads (titles and channels only; the texts are the communication's).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public List<EditorialItem> plannedBetween(LocalDate from, LocalDate to) {
        return items.findPlanned(from.atStartOfDay(Brussels.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(Brussels.ZONE).toInstant(), EditorialStatus.IDEA);
    }

    @Transactional(readOnly = true)
    public Optional<EditorialItem> find(long id) {
        rights.checkCanManage();
        return items.findById(id);
    }

    public EditorialItem create(EditorialDetails details) {
        rights.checkCanManage();
        sources.check(details.event(), details.visit());
        return items.save(new EditorialItem(details, partner(details.partner()), currentUser()));
    }

    public void change(long id, long seenVersion, EditorialDetails details) {
        rights.checkCanManage();
        sources.check(details.event(), details.visit());
        forChange(id, seenVersion).change(details, partner(details.partner()));
    }

    /** The next step (a draft is approved by the coordinator only). */
    public void advance(long id, long seenVersion) {
        rights.checkCanManage();
        forChange(id, seenVersion).advance(currentUser(), clock.instant(), rights.isCoordinator());
    }

    /**
     * An item planned by mistake or given up, removed (audited, as every change); one published stays: it says what
     * went out.
     */
    public void remove(long id, long seenVersion) {
        rights.checkCanManage();
        EditorialItem item = forChange(id, seenVersion);
        if (item.getStatus() == EditorialStatus.PUBLISHED) {
            throw new Refused("editorial.refused.publishedStays");
        }
        items.delete(item);
    }

    /** The choices of partners (current ones, and the item's own). */
    @Transactional(readOnly = true)
    public List<PartnerChoice> partnerChoices(Locale locale, String kept) {
        return partners.choices(locale, kept == null ? Set.of() : Set.of(kept));
    }

    private Partner partner(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return partners.findBySlug(slug).orElseThrow(() -> new Refused("editorial.partner.unknown").onField("partner"));
    }

    private EditorialItem forChange(long id, long seenVersion) {
        EditorialItem item = items.findById(id).orElseThrow(() -> new NotFoundException("Editorial item", id));
        item.requireVersion(seenVersion);
        return item;
    }

    private static String currentUser() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
