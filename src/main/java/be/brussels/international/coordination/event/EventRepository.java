package be.brussels.international.coordination.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface EventRepository extends Repository<LargeEvent, Long> {

    LargeEvent save(LargeEvent event);

    void delete(LargeEvent event);

    /** Events matching the filters, those not yet over first (soonest first), then past ones (latest first). */
    @Query(value = """
            select e from LargeEvent e where (:kind is null or e.kind = :kind) and (:status is null or e.status = :status)
              and e.endsOn >= :fromDay and e.startsOn <= :toDay
            order by case when e.endsOn >= :today then 0 else 1 end,
                     case when e.endsOn >= :today then e.startsOn end asc, e.startsOn desc, e.id desc""",
            countQuery = """
            select count(e) from LargeEvent e where (:kind is null or e.kind = :kind)
              and (:status is null or e.status = :status) and e.endsOn >= :fromDay and e.startsOn <= :toDay""")
    Page<LargeEvent> search(EventKind kind, EventStatus status, LocalDate fromDay, LocalDate toDay, LocalDate today,
            Pageable pageable);

    /** Events matching the filters in the order asked for (a column of the list). */
    @Query(value = """
            select e from LargeEvent e where (:kind is null or e.kind = :kind) and (:status is null or e.status = :status)
              and e.endsOn >= :fromDay and e.startsOn <= :toDay""",
            countQuery = """
            select count(e) from LargeEvent e where (:kind is null or e.kind = :kind)
              and (:status is null or e.status = :status) and e.endsOn >= :fromDay and e.startsOn <= :toDay""")
    Page<LargeEvent> findSorted(EventKind kind, EventStatus status, LocalDate fromDay, LocalDate toDay,
            Pageable sortedPage);

    @Query("select e from LargeEvent e left join fetch e.partners where e.id = :id")
    Optional<LargeEvent> findWithPartners(Long id);

    @Query("select e from LargeEvent e left join fetch e.staff where e.id = :id")
    Optional<LargeEvent> findWithStaff(Long id);

    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select e from LargeEvent e where e.id = :id")
    Optional<LargeEvent> findForChange(Long id);

    @Query("select e from LargeEvent e where e.status <> be.brussels.international.coordination.event.EventStatus.CANCELLED"
            + " and period_overlaps(:from, :to, e.startsOn, e.endsOn) order by e.startsOn, e.id")
    List<LargeEvent> findBetween(LocalDate from, LocalDate to);

    /**
     * In one statement, two runs each along its index: the events not cancelled under way on {@code from} (begun
     * before, going on over it: the period index), zero beside each; then the first {@code shown} beginning between
     * the two days (the start-date index), with how many begin then beside each. Asked as one condition, PostgreSQL
     * walked the start-date index from the very first event (38 ms at ten times the cell's data). Unsorted.
     */
    @Query("(select e, 0L from LargeEvent e"
            + " where e.status <> be.brussels.international.coordination.event.EventStatus.CANCELLED"
            + " and e.startsOn < :from and period_overlaps(:from, :from, e.startsOn, e.endsOn))"
            + " union all"
            + " (select e, count(*) over () from LargeEvent e"
            + " where e.status <> be.brussels.international.coordination.event.EventStatus.CANCELLED"
            + " and e.startsOn between :from and :to order by e.startsOn, e.id limit :shown)")
    List<Object[]> findUnderWayAndStartingBetween(LocalDate from, LocalDate to, int shown);
}
