package be.brussels.international.coordination.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.partner.PartnerCatalog;
import be.brussels.international.coordination.shared.CappedPage;
import be.brussels.international.coordination.shared.DayRange;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.OffsetRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The protocol office's register of delegation visits. Everyone reads it; PROTOCOL (and COORDINATOR and
 * ADMIN, above it) record and change visits. A change made on a version of the visit that is no longer the
 * current one is refused as a conflict.
 */
@Service
@Transactional
@PreAuthorize("hasRole('PROTOCOL')")
public class Visits {

    private final VisitRepository visits;

    private final GiftRepository gifts;

    private final PartnerCatalog partners;

    private final Clock clock;

    Visits(VisitRepository visits, GiftRepository gifts, PartnerCatalog partners, Clock clock) {
        this.visits = visits;
        this.gifts = gifts;
        this.partners = partners;
        this.clock = clock;
    }

    /** The columns the visits list can be sorted by. */
    public static final List<String> SORTABLE = List.of("dates", "title", "partner", "status");

    /** How many visits past the page shown the list counts before saying "more than". */
    static final int COUNTED_BEYOND_PAGE = 1000;

    /**
     * One page of the visits matching the filter, sorted by one of the {@link #SORTABLE} columns (the partner
     * by its name in the reader's language).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public Page<DelegationVisit> search(VisitFilter filter, String column, boolean descending, Locale locale,
            Pageable pageable) {
        if (column == null || !SORTABLE.contains(column)) {
            return search(filter, pageable);
        }
        Sort.Direction direction = descending ? Sort.Direction.DESC : Sort.Direction.ASC;
        Sort order = switch (column) {
            case "title" -> JpaSort.unsafe(direction, "sort_key(v.title)");
            case "partner" -> JpaSort.unsafe(direction, "p." + Partner.sortNameAttribute(locale))
                    .andUnsafe(direction, "sort_key(v.origin)");
            case "status" -> Sort.by(direction, "status");
            default -> Sort.by(direction, "startsOn");
        };
        DayRange period = DayRange.ofYear(filter.year());
        return visits.findSorted(filter.status(), partners.idForFilter(filter.partnerSlug()), filter.direction(),
                filter.kind(), period.from(), period.to(),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order.and(Sort.by(direction, "id"))));
    }



    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public Page<DelegationVisit> search(VisitFilter filter, Pageable pageable) {
        Long partnerId = partners.idForFilter(filter.partnerSlug());
        DayRange period = DayRange.ofYear(filter.year());
        LocalDate from = period.from();
        LocalDate to = period.to();
        LocalDate today = today();
        // Counted up to a little beyond the page asked for: enough to link the next pages, without counting
        // every visit of ten years for "1–20 of 50 000".
        long cap = pageable.getOffset() + pageable.getPageSize() + COUNTED_BEYOND_PAGE;
        VisitCounts counts = visits.count(name(filter.status()), partnerId, name(filter.direction()),
                name(filter.kind()), from, to, today, cap);
        // Visits under way, then to come (soonest first), then over (latest first): each run read along an
        // index from the right place, rather than one sort of every visit by a computed key.
        Run[] runs = {
                (offset, limit) -> visits.findUnderWay(filter.status(), partnerId, filter.direction(), filter.kind(),
                        from, to, today, new OffsetRequest(offset, limit)),
                (offset, limit) -> visits.findToCome(filter.status(), partnerId, filter.direction(), filter.kind(),
                        from, to, today, new OffsetRequest(offset, limit)),
                (offset, limit) -> visits.findOver(filter.status(), partnerId, filter.direction(), filter.kind(),
                        from, to, today, new OffsetRequest(offset, limit)) };
        long[] lengths = { counts.underWay(), counts.toCome(), counts.over() };
        List<DelegationVisit> rows = new ArrayList<>(pageable.getPageSize());
        long skip = pageable.getOffset();
        for (int run = 0; run < runs.length && rows.size() < pageable.getPageSize(); run++) {
            if (skip < lengths[run]) {
                int wanted = (int) Math.min(pageable.getPageSize() - rows.size(), lengths[run] - skip);
                rows.addAll(runs[run].read(skip, wanted));
            }
            skip = Math.max(0, skip - lengths[run]);
        }
        return new CappedPage<>(rows, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()), counts.all(),
                counts.reached(cap));
    }

    /** One run of the visits list: its rows from an offset. */
    private interface Run {
        List<DelegationVisit> read(long offset, int limit);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** The visit with its members and programme. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public Optional<DelegationVisit> find(long id) {
        Optional<DelegationVisit> visit = visits.findWithMembers(id);
        visit.ifPresent(v -> {
            visits.findWithProgramme(id);
            visits.findWithGifts(id);
            visits.findWithInterpreters(id);
        });
        return visit;
    }

    /** A partner's visits not yet over (soonest first) and its latest past ones. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public PartnerVisits ofPartner(Partner partner, int limit) {
        LocalDate today = today();
        // Both in one statement; each part along the partner's index, sorted here.
        Map<Boolean, List<DelegationVisit>> around = visits.findAroundOfPartner(partner.getId(), today, limit).stream()
                .collect(Collectors.partitioningBy(visit -> !visit.getEndsOn().isBefore(today)));
        Comparator<DelegationVisit> byStart = Comparator.comparing(DelegationVisit::getStartsOn)
                .thenComparing(DelegationVisit::getId);
        return new PartnerVisits(around.get(true).stream().sorted(byStart).toList(),
                around.get(false).stream().sorted(byStart.reversed()).toList());
    }

    /** The visits, not cancelled, that share a day with the period, with their programme: calendars. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public List<DelegationVisit> forCalendar(LocalDate from, LocalDate to) {
        return visits.findForCalendar(from, to);
    }

    /** Visits (not cancelled) in the next days, of these partners (null: all visits). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public Page<DelegationVisit> coming(int days, java.util.Collection<Long> partnerIds, int shown) {
        LocalDate from = today();
        LocalDate to = from.plusDays(days);
        PageRequest first = PageRequest.of(0, shown);
        // How many there are in all, beside each visit (a window over every match, counted before the page is cut):
        // one statement, however many visits are coming.
        List<Object[]> rows = partnerIds == null ? visits.findComing(from, to, first)
                : visits.findComingOf(partnerIds.toArray(Long[]::new), from, to, first);
        return new PageImpl<>(rows.stream().map(row -> (DelegationVisit) row[0]).toList(), first,
                rows.isEmpty() ? 0 : ((Number) rows.get(0)[1]).longValue());
    }

    /**
     * The protocol officer's view of what is coming: the first {@code shown} visits of the next {@code days} days
     * (as {@link #coming}, of every partner), how many more start or run between {@code days + 1} and
     * {@code laterDays} days, and the visits of the next {@code escortDays} days with items to escort and no escort
     * requested yet (the protocol officer's deadlines, soonest first) — one statement.
     */
    public record ProtocolComing(Page<DelegationVisit> coming, long later, List<DelegationVisit> escorts) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public ProtocolComing protocolComing(int days, int shown, int laterDays, int escortDays) {
        LocalDate today = today();
        List<DelegationVisit> coming = new ArrayList<>();
        List<DelegationVisit> escorts = new ArrayList<>();
        long comingInAll = 0;
        long later = 0;
        for (Object[] row : visits.findProtocolComing(today, today.plusDays(days), shown, today.plusDays(days + 1),
                today.plusDays(laterDays), today.plusDays(escortDays))) {
            DelegationVisit visit = (DelegationVisit) row[0];
            long count = ((Number) row[1]).longValue();
            switch (((Number) row[2]).intValue()) {
                case 1 -> {
                    coming.add(visit);
                    comingInAll = count;
                }
                case 2 -> later = count;
                default -> escorts.add(visit);
            }
        }
        // Each part in its own order, whatever order the union gives them in.
        Comparator<DelegationVisit> byStart = Comparator.comparing(DelegationVisit::getStartsOn)
                .thenComparing(DelegationVisit::getId);
        coming.sort(byStart);
        escorts.sort(byStart);
        return new ProtocolComing(new PageImpl<>(coming, PageRequest.of(0, shown), comingInAll), later, escorts);
    }

    public record PartnerVisits(List<DelegationVisit> upcoming, List<DelegationVisit> past) {
    }

    public long create(VisitDetails details) {
        DelegationVisit visit = new DelegationVisit(details, partner(details), currentUser());
        return visits.save(visit).getId();
    }

    public void update(long id, long expectedVersion, VisitDetails details) {
        forChange(id, expectedVersion).update(details, partner(details));
    }

    public void updateLogistics(long id, long expectedVersion, Logistics logistics) {
        forChange(id, expectedVersion).updateLogistics(logistics, today());
    }

    /** An escort request is recorded once made: also asked of a form refused for another reason. */
    @Transactional(readOnly = true)
    public void checkEscortRequestedOn(LocalDate requestedOn) {
        DelegationVisit.checkEscortRequestedOn(requestedOn, today());
    }

    public void confirm(long id, long expectedVersion) {
        forChange(id, expectedVersion).confirm();
    }

    public void complete(long id, long expectedVersion, FollowUp followUp) {
        forChange(id, expectedVersion).complete(followUp, today());
    }

    public void cancel(long id, long expectedVersion) {
        forChange(id, expectedVersion).cancel();
    }

    public void addMember(long id, long expectedVersion, MemberDetails member) {
        withMembers(forChange(id, expectedVersion)).addMember(member);
    }

    public void changeMember(long id, long expectedVersion, long memberId, MemberDetails member) {
        withMembers(forChange(id, expectedVersion)).changeMember(memberId, member);
    }

    public void removeMember(long id, long expectedVersion, long memberId) {
        withMembers(forChange(id, expectedVersion)).removeMember(memberId);
    }

    public void addGift(long id, long expectedVersion, GiftDetails gift) {
        withGifts(forChange(id, expectedVersion)).addGift(gift);
    }

    public void changeGift(long id, long expectedVersion, long giftId, GiftDetails gift) {
        withGifts(forChange(id, expectedVersion)).changeGift(giftId, gift);
    }

    public void removeGift(long id, long expectedVersion, long giftId) {
        withGifts(forChange(id, expectedVersion)).removeGift(giftId);
    }

    /** The columns the gift register can be sorted by. */
    public static final List<String> GIFTS_SORTABLE = List.of("dates", "visit", "direction", "value");

    /**
     * One page of the gift register, the gifts of visits of that year (or all), by one of the
     * {@link #GIFTS_SORTABLE} columns; by date of the visit, latest first, when none is chosen.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public Page<VisitGift> gifts(Integer year, String column, boolean descending, Pageable pageable) {
        LocalDate from = year == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(year, 1, 1);
        LocalDate to = year == null ? LocalDate.of(9999, 12, 31) : LocalDate.of(year, 12, 31);
        boolean chosen = column != null && GIFTS_SORTABLE.contains(column);
        Sort.Direction direction = !chosen || descending ? Sort.Direction.DESC : Sort.Direction.ASC;
        Sort order = switch (chosen ? column : "dates") {
            case "visit" -> JpaSort.unsafe(direction, "sort_key(v.title)").and(JpaSort.unsafe("v.startsOn"));
            case "direction" -> JpaSort.unsafe(direction, "g.direction").and(JpaSort.unsafe("v.startsOn"));
            case "value" -> JpaSort.unsafe(direction, "g.estimatedValue").and(JpaSort.unsafe("v.startsOn"));
            default -> JpaSort.unsafe(direction, "v.startsOn");
        };
        return gifts.findByVisitPeriod(from, to, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                order.and(JpaSort.unsafe("g.id"))));
    }

    public void addItem(long id, long expectedVersion, ItemDetails item) {
        withProgramme(forChange(id, expectedVersion)).addItem(item);
    }

    public void changeItem(long id, long expectedVersion, long itemId, ItemDetails item) {
        withProgramme(forChange(id, expectedVersion)).changeItem(itemId, item);
    }

    public void addInterpreter(long id, long expectedVersion, InterpreterDetails interpreter) {
        withInterpreters(forChange(id, expectedVersion)).addInterpreter(interpreter);
    }

    public void changeInterpreter(long id, long expectedVersion, long interpreterId, InterpreterDetails interpreter) {
        withInterpreters(forChange(id, expectedVersion)).changeInterpreter(interpreterId, interpreter);
    }

    public void removeInterpreter(long id, long expectedVersion, long interpreterId) {
        withInterpreters(forChange(id, expectedVersion)).removeInterpreter(interpreterId);
    }

    public void removeItem(long id, long expectedVersion, long itemId) {
        withInterpreters(forChange(id, expectedVersion)).removeItem(itemId);
    }

    /** The visit, its version incremented at commit whatever changes (members and items included). */
    private DelegationVisit forChange(long id, long expectedVersion) {
        DelegationVisit visit = visits.findForChange(id).orElseThrow(() -> new NotFoundException("Visit", id));
        if (visit.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(DelegationVisit.class, id);
        }
        return withProgramme(visit);
    }

    private DelegationVisit withInterpreters(DelegationVisit visit) {
        return visits.findWithInterpreters(visit.getId()).orElseThrow();
    }

    private DelegationVisit withMembers(DelegationVisit visit) {
        return visits.findWithMembers(visit.getId()).orElseThrow();
    }

    private DelegationVisit withGifts(DelegationVisit visit) {
        return visits.findWithGifts(visit.getId()).orElseThrow();
    }

    private DelegationVisit withProgramme(DelegationVisit visit) {
        return visits.findWithProgramme(visit.getId()).orElseThrow();
    }

    private Partner partner(VisitDetails details) {
        if (details.partnerSlug() == null || details.partnerSlug().isBlank()) {
            return null;
        }
        return partners.findBySlug(details.partnerSlug())
                .orElseThrow(() -> new VisitRefused("visit.refused.unknownPartner", details.partnerSlug()));
    }

    /** Today in Brussels, as the visits' rules see it. */
    @PreAuthorize("hasRole('STAFF')")
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String currentUser() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
