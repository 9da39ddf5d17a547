package be.brussels.international.coordination.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface VisitRepository extends Repository<DelegationVisit, Long> {

    DelegationVisit save(DelegationVisit visit);

    /** The list's filters, each optional but the period (JPQL; {@code p} is the visit's partner). */
    String MATCHING = """
            (:status is null or v.status = :status) and (:partnerId is null or p.id = :partnerId)
              and (:direction is null or v.direction = :direction) and (:kind is null or v.kind = :kind)
              and v.endsOn >= :fromDay and v.startsOn <= :toDay""";

    /** The same filters in SQL, for the counts. */
    String MATCHING_SQL = """
            (cast(:status as varchar) is null or v.status = cast(:status as varchar))
              and (cast(:partnerId as bigint) is null or v.partner_id = cast(:partnerId as bigint))
              and (cast(:direction as varchar) is null or v.direction = cast(:direction as varchar))
              and (cast(:kind as varchar) is null or v.kind = cast(:kind as varchar))
              and v.ends_on >= :fromDay and v.starts_on <= :toDay""";

    /*
     * The visits list in its natural order is three runs of visits, each read along an index: those under way
     * today (the period index), those to come (the start-date index, soonest first) and those over (the
     * end-date index, latest first). One sort of every visit by "over or not" would read them all.
     */

    /**
     * How many visits match in each run, each counted up to {@code cap} only: counting every one of fifty
     * thousand visits for "1–20 of 50 000" would cost more than reading the page itself. Each count reads along
     * the index its run is listed by (the order), or PostgreSQL may scan the table until it has {@code cap}.
     */
    @Query(nativeQuery = true, value = """
            select (select count(*) from (select 1 from delegation_visit v
                     where """ + MATCHING_SQL + """
                       and period_overlaps(v.starts_on, v.ends_on, :today, :today) and v.starts_on < :today
                     limit :cap) u) as underWay,
                   (select count(*) from (select 1 from delegation_visit v
                     where """ + MATCHING_SQL + """
                       and v.starts_on >= :today
                     order by v.starts_on limit :cap) f) as toCome,
                   (select count(*) from (select 1 from delegation_visit v
                     where """ + MATCHING_SQL + """
                       and v.ends_on < :today
                     order by v.ends_on desc limit :cap) p) as over""")
    VisitCounts count(String status, Long partnerId, String direction, String kind, LocalDate fromDay,
            LocalDate toDay, LocalDate today, long cap);

    /** Visits under way today (begun before it, not over), earliest begun first. */
    @Query("""
            select v from DelegationVisit v left join fetch v.partner p
            where """ + MATCHING + """
              and period_overlaps(:today, :today, v.startsOn, v.endsOn) and v.startsOn < :today
            order by v.startsOn, v.id""")
    List<DelegationVisit> findUnderWay(VisitStatus status, Long partnerId, VisitDirection direction, VisitKind kind,
            LocalDate fromDay, LocalDate toDay, LocalDate today, Pageable slice);

    /** Visits beginning today or later, soonest first. */
    @Query("""
            select v from DelegationVisit v left join fetch v.partner p
            where """ + MATCHING + """
              and v.startsOn >= :today
            order by v.startsOn, v.id""")
    List<DelegationVisit> findToCome(VisitStatus status, Long partnerId, VisitDirection direction, VisitKind kind,
            LocalDate fromDay, LocalDate toDay, LocalDate today, Pageable slice);

    /**
     * Visits over, latest first (read backwards along the start-date index from today: a visit over began
     * before today too).
     */
    @Query("""
            select v from DelegationVisit v left join fetch v.partner p
            where """ + MATCHING + """
              and v.endsOn < :today and v.startsOn < :today
            order by v.startsOn desc, v.id desc""")
    List<DelegationVisit> findOver(VisitStatus status, Long partnerId, VisitDirection direction, VisitKind kind,
            LocalDate fromDay, LocalDate toDay, LocalDate today, Pageable slice);

    /** Visits matching the filters in the order asked for (a column of the list), page by page. */
    @Query(value = """
            select v from DelegationVisit v left join fetch v.partner p
            where (:status is null or v.status = :status) and (:partnerId is null or p.id = :partnerId)
              and (:direction is null or v.direction = :direction) and (:kind is null or v.kind = :kind)
              and v.endsOn >= :fromDay and v.startsOn <= :toDay""",
            countQuery = """
            select count(v) from DelegationVisit v
            where (:status is null or v.status = :status) and (:partnerId is null or v.partner.id = :partnerId)
              and (:direction is null or v.direction = :direction) and (:kind is null or v.kind = :kind)
              and v.endsOn >= :fromDay and v.startsOn <= :toDay""")
    Page<DelegationVisit> findSorted(VisitStatus status, Long partnerId, VisitDirection direction, VisitKind kind,
            LocalDate fromDay, LocalDate toDay, Pageable sortedPage);

    @Query("select v from DelegationVisit v left join fetch v.partner left join fetch v.members where v.id = :id")
    Optional<DelegationVisit> findWithMembers(Long id);

    /** Completes the visit's programme in the persistence context (a second bag cannot join the first). */
    @Query("select v from DelegationVisit v left join fetch v.programme where v.id = :id")
    Optional<DelegationVisit> findWithProgramme(Long id);

    @Query("select v from DelegationVisit v left join fetch v.gifts where v.id = :id")
    Optional<DelegationVisit> findWithGifts(Long id);

    /** The visit's interpreters and the items each works at. */
    @Query("select distinct v from DelegationVisit v left join fetch v.interpreters i left join fetch i.items"
            + " where v.id = :id")
    Optional<DelegationVisit> findWithInterpreters(Long id);

    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select v from DelegationVisit v where v.id = :id")
    Optional<DelegationVisit> findForChange(Long id);

    /** Visits that are not cancelled and share a day with the period, with their programme. */
    @Query("select distinct v from DelegationVisit v left join fetch v.partner left join fetch v.programme"
            + " where v.status <> be.brussels.international.coordination.visit.VisitStatus.CANCELLED"
            + " and period_overlaps(:from, :to, v.startsOn, v.endsOn) order by v.startsOn, v.id")
    List<DelegationVisit> findForCalendar(LocalDate from, LocalDate to);

    /**
     * The protocol officer's coming visits in one statement, each row a visit, a count and which part it belongs to:
     * 1, the first {@code shown} visits (not cancelled) under way or to come between {@code from} and {@code to},
     * beside how many there are in all; 2, one visit of those between {@code laterFrom} and {@code laterTo}, beside
     * how many there are (none when there are none); 3, the visits starting between {@code from} and
     * {@code escortsTo} with an item to be escorted and no escort requested yet from the crisis centre.
     */
    @Query("(select v, count(*) over (), 1 from DelegationVisit v"
            + " where v.status <> be.brussels.international.coordination.visit.VisitStatus.CANCELLED"
            + " and period_overlaps(:from, :to, v.startsOn, v.endsOn) order by v.startsOn, v.id limit :shown)"
            + " union all"
            + " (select v, count(*) over (), 2 from DelegationVisit v"
            + " where v.status <> be.brussels.international.coordination.visit.VisitStatus.CANCELLED"
            + " and period_overlaps(:laterFrom, :laterTo, v.startsOn, v.endsOn) order by v.startsOn, v.id limit 1)"
            + " union all"
            + " (select v, count(*) over (), 3 from DelegationVisit v where v.startsOn between :from and :escortsTo"
            + " and v.status <> be.brussels.international.coordination.visit.VisitStatus.CANCELLED"
            + " and v.logistics.escortRequested = false"
            + " and exists (select i.id from ProgrammeItem i where i.visit = v and i.escort = true))")
    List<Object[]> findProtocolComing(LocalDate from, LocalDate to, int shown, LocalDate laterFrom, LocalDate laterTo,
            LocalDate escortsTo);

    /** Every visit under way or to come between the two days (the period index serves it). */
    @Query("select v, count(*) over () from DelegationVisit v left join fetch v.partner p"
            + " where v.status <> be.brussels.international.coordination.visit.VisitStatus.CANCELLED"
            + " and period_overlaps(:from, :to, v.startsOn, v.endsOn)"
            + " order by v.startsOn, v.id")
    List<Object[]> findComing(LocalDate from, LocalDate to, Pageable first);

    /**
     * The same, of these partners only: found partner by partner from {@code from} on (V19, an index on the
     * partner and the end day), the period written as the two comparisons it amounts to.
     */
    @Query("select v, count(*) over () from DelegationVisit v left join fetch v.partner p"
            + " where is_one_of(:partnerIds, v.partner.id) and v.endsOn >= :from and v.startsOn <= :to"
            + " and v.status <> be.brussels.international.coordination.visit.VisitStatus.CANCELLED"
            + " order by v.startsOn, v.id")
    List<Object[]> findComingOf(Long[] partnerIds, LocalDate from, LocalDate to, Pageable first);

    /** The first {@code limit} visits of the partner to come (or under way) and its last {@code limit} past, unsorted. */
    @Query("(select v from DelegationVisit v where v.partner.id = :partnerId and v.endsOn >= :today"
            + " order by v.startsOn, v.id limit :limit)"
            + " union all"
            + " (select v from DelegationVisit v where v.partner.id = :partnerId and v.endsOn < :today"
            + " order by v.startsOn desc, v.id desc limit :limit)")
    List<DelegationVisit> findAroundOfPartner(Long partnerId, LocalDate today, int limit);

}
