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

    @Query("select e from LargeEvent e join e.partners p where p.id = :partnerId order by e.startsOn desc, e.id desc")
    List<LargeEvent> findOfPartner(Long partnerId, Pageable limit);

    @Query("select e from LargeEvent e where e.status <> be.brussels.international.coordination.event.EventStatus.CANCELLED"
            + " and period_overlaps(:from, :to, e.startsOn, e.endsOn) order by e.startsOn, e.id")
    List<LargeEvent> findBetween(LocalDate from, LocalDate to);

    /** Events not cancelled that began before that day and go on over it (through the period index). */
    @Query("select e from LargeEvent e where e.status <> be.brussels.international.coordination.event.EventStatus.CANCELLED"
            + " and e.startsOn < :day and period_overlaps(:day, :day, e.startsOn, e.endsOn)"
            + " order by e.startsOn, e.id")
    List<LargeEvent> findUnderWayOn(LocalDate day);

    /** Events not cancelled that begin between two days, soonest first (along the start-date index). */
    @Query("select e from LargeEvent e where e.status <> be.brussels.international.coordination.event.EventStatus.CANCELLED"
            + " and e.startsOn between :from and :to order by e.startsOn, e.id")
    List<LargeEvent> findStartingBetween(LocalDate from, LocalDate to, Pageable first);

    @Query("select count(e) from LargeEvent e"
            + " where e.status <> be.brussels.international.coordination.event.EventStatus.CANCELLED"
            + " and e.startsOn between :from and :to")
    long countStartingBetween(LocalDate from, LocalDate to);
}
