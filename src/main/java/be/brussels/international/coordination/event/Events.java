package be.brussels.international.coordination.event;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import be.brussels.international.coordination.dossier.DossierQueries;
import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.partner.PartnerCatalog;
import be.brussels.international.coordination.shared.DayRange;
import be.brussels.international.coordination.shared.Languages;
import be.brussels.international.coordination.shared.Countries;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.ReaderRoles;
import be.brussels.international.coordination.staff.StaffDirectory;
import be.brussels.international.coordination.staff.StaffMember;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The large events the Region takes part in. Everyone reads; the protocol officer and the coordinator, and
 * the holders of the dossiers about events (state visits, Brussels Days, expos, eat! BRUSSELS) record them.
 */
@Service
@Transactional
@PreAuthorize("hasRole('STAFF')")
public class Events {

    /** The thematic dossiers whose holders record events. */
    static final Set<String> EVENT_DOSSIERS = Set.of("state-visits", "brussels-days", "world-expos", "eat-brussels");

    private final EventRepository events;

    private final PartnerCatalog partners;

    private final StaffDirectory staff;

    private final DossierQueries dossiers;

    private final ReaderRoles roles;

    private final Clock clock;

    Events(EventRepository events, PartnerCatalog partners, StaffDirectory staff, DossierQueries dossiers,
            ReaderRoles roles, Clock clock) {
        this.events = events;
        this.partners = partners;
        this.staff = staff;
        this.dossiers = dossiers;
        this.roles = roles;
        this.clock = clock;
    }

    /** May the current user record and change events? */
    @Transactional(readOnly = true)
    public boolean canEdit() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return roles.has("PROTOCOL") || dossiers.holdsAnyOf(user.getName(), EVENT_DOSSIERS);
    }

    /** The columns the events list can be sorted by. */
    public static final List<String> SORTABLE = List.of("dates", "title", "kind", "status");

    /** One page of the events matching the filters, sorted by one of the {@link #SORTABLE} columns. */
    @Transactional(readOnly = true)
    public Page<LargeEvent> search(EventKind kind, EventStatus status, Integer year, String column,
            boolean descending, Locale locale, Pageable pageable) {
        if (column == null || !SORTABLE.contains(column)) {
            return search(kind, status, year, pageable);
        }
        Sort.Direction direction = descending ? Sort.Direction.DESC : Sort.Direction.ASC;
        Sort order = switch (column) {
            case "title" -> JpaSort.unsafe(direction, "sort_key(e.title." + Languages.of(locale) + ")");
            case "kind" -> Sort.by(direction, "kind");
            case "status" -> Sort.by(direction, "status");
            default -> Sort.by(direction, "startsOn");
        };
        DayRange period = DayRange.ofYear(year);
        return events.findSorted(kind, status, period.from(), period.to(),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order.and(Sort.by(direction, "id"))));
    }

    @Transactional(readOnly = true)
    public Page<LargeEvent> search(EventKind kind, EventStatus status, Integer year, Pageable pageable) {
        DayRange period = DayRange.ofYear(year);
        return events.search(kind, status, period.from(), period.to(), today(),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    /** The event with its partners and staff. */
    @Transactional(readOnly = true)
    public Optional<LargeEvent> find(long id) {
        Optional<LargeEvent> event = events.findWithPartners(id);
        event.ifPresent(e -> events.findWithStaff(id));
        return event;
    }

    /** Events not cancelled that share a day with the period: calendars and the home page. */
    @Transactional(readOnly = true)
    public List<LargeEvent> between(LocalDate from, LocalDate to) {
        return events.findBetween(from, to);
    }

    /** The first events between two days (soonest first), and how many there are in all. */
    @Transactional(readOnly = true)
    public Page<LargeEvent> between(LocalDate from, LocalDate to, int shown) {
        // Under way (begun before the first day) or beginning: how many begin in the period stands beside each of those.
        Map<Boolean, List<Object[]>> begun = events.findUnderWayAndStartingBetween(from, to, shown).stream()
                .collect(Collectors.partitioningBy(row -> ((LargeEvent) row[0]).getStartsOn().isBefore(from)));
        List<LargeEvent> underWay = soonestFirst(begun.get(true));
        List<LargeEvent> beginning = soonestFirst(begun.get(false));
        List<LargeEvent> first = new ArrayList<>(underWay.subList(0, Math.min(shown, underWay.size())));
        first.addAll(beginning.subList(0, Math.min(shown - first.size(), beginning.size())));
        long count = underWay.size()
                + (begun.get(false).isEmpty() ? 0 : ((Number) begun.get(false).get(0)[1]).longValue());
        return new PageImpl<>(first, PageRequest.of(0, shown), count);
    }

    private static List<LargeEvent> soonestFirst(List<Object[]> rows) {
        return rows.stream().map(row -> (LargeEvent) row[0])
                .sorted(Comparator.comparing(LargeEvent::getStartsOn).thenComparing(LargeEvent::getId)).toList();
    }

    public long create(EventDetails details) {
        checkCanEdit();
        checkCountry(details);
        return events.save(new LargeEvent(details, partners(details), people(details))).getId();
    }

    public void update(long id, long expectedVersion, EventDetails details) {
        checkCanEdit();
        LargeEvent event = events.findForChange(id).orElseThrow(() -> new NotFoundException("Event", id));
        if (event.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(LargeEvent.class, id);
        }
        checkCountry(details);
        find(id).orElseThrow().update(details, partners(details), people(details));
    }

    /** A country ISO 3166 knows, or none (« zz » was kept, shown « unknown region »). */
    private static void checkCountry(EventDetails details) {
        if (details.countryCode() != null && !Countries.isKnown(details.countryCode())) {
            throw new EventRefused("event.refused.country").onField("countryCode");
        }
    }

    /**
     * An event recorded by mistake, removed with its links to partners and people; its history stays. (An
     * event that will not take place is cancelled instead: its status says so.)
     */
    public void remove(long id, long expectedVersion) {
        checkCanEdit();
        LargeEvent event = events.findForChange(id).orElseThrow(() -> new NotFoundException("Event", id));
        if (event.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(LargeEvent.class, id);
        }
        events.delete(event);
    }

    /**
     * Refuses (403) unless the current user may record events: asked by the controllers before a form is
     * even checked, so that someone without the right learns nothing from its messages.
     */
    @Transactional(readOnly = true)
    public void checkCanEdit() {
        if (!canEdit()) {
            throw new AccessDeniedException("Not allowed to record events");
        }
    }

    private Set<Partner> partners(EventDetails details) {
        Set<Partner> found = new LinkedHashSet<>();
        for (String slug : details.partners() == null ? Set.<String>of() : details.partners()) {
            found.add(partners.findBySlug(slug).orElseThrow(() -> new EventRefused("event.refused.unknownPartner", slug)));
        }
        return found;
    }

    private Set<StaffMember> people(EventDetails details) {
        Set<StaffMember> found = new LinkedHashSet<>();
        for (String username : details.staff() == null ? Set.<String>of() : details.staff()) {
            found.add(staff.findByUsername(username)
                    .orElseThrow(() -> new EventRefused("event.refused.unknownPerson", username)));
        }
        return found;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
