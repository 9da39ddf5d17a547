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

    /**
     * Visits matching the filters (each optional but the period, which is always given): those not yet over
     * first, soonest first; then past ones, latest first.
     */
    /** How many visits match, and how many of them are not over yet: one statement for both. */
    @Query("""
            select new be.brussels.international.coordination.visit.VisitCounts(
                   count(v), count(case when v.endsOn >= :today then 1 end))
            from DelegationVisit v
            where (:status is null or v.status = :status) and (:partnerId is null or v.partner.id = :partnerId)
              and (:direction is null or v.direction = :direction) and (:kind is null or v.kind = :kind)
              and v.endsOn >= :fromDay and v.startsOn <= :toDay""")
    VisitCounts count(VisitStatus status, Long partnerId, VisitDirection direction, VisitKind kind, LocalDate fromDay,
            LocalDate toDay, LocalDate today);

    /** Visits not over yet, soonest first (the index on the end date finds them; they are few). */
    @Query("""
            select v from DelegationVisit v left join fetch v.partner p
            where (:status is null or v.status = :status) and (:partnerId is null or p.id = :partnerId)
              and (:direction is null or v.direction = :direction) and (:kind is null or v.kind = :kind)
              and v.endsOn >= :fromDay and v.startsOn <= :toDay and v.endsOn >= :today
            order by v.startsOn, v.id""")
    List<DelegationVisit> findUpcoming(VisitStatus status, Long partnerId, VisitDirection direction, VisitKind kind,
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

    /** Visits over, latest first (read backwards along the index on the start date). */
    @Query("""
            select v from DelegationVisit v left join fetch v.partner p
            where (:status is null or v.status = :status) and (:partnerId is null or p.id = :partnerId)
              and (:direction is null or v.direction = :direction) and (:kind is null or v.kind = :kind)
              and v.endsOn >= :fromDay and v.startsOn <= :toDay and v.endsOn < :today
            order by v.startsOn desc, v.id desc""")
    List<DelegationVisit> findPast(VisitStatus status, Long partnerId, VisitDirection direction, VisitKind kind,
            LocalDate fromDay, LocalDate toDay, LocalDate today, Pageable slice);

    @Query("select v from DelegationVisit v left join fetch v.partner left join fetch v.members where v.id = :id")
    Optional<DelegationVisit> findWithMembers(Long id);

    /** Completes the visit's programme in the persistence context (a second bag cannot join the first). */
    @Query("select v from DelegationVisit v left join fetch v.programme where v.id = :id")
    Optional<DelegationVisit> findWithProgramme(Long id);

    @Query("select v from DelegationVisit v left join fetch v.gifts where v.id = :id")
    Optional<DelegationVisit> findWithGifts(Long id);

    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select v from DelegationVisit v where v.id = :id")
    Optional<DelegationVisit> findForChange(Long id);

    /** Visits that are not cancelled and share a day with the period, with their programme. */
    @Query("select distinct v from DelegationVisit v left join fetch v.partner left join fetch v.programme"
            + " where v.status <> be.brussels.international.coordination.visit.VisitStatus.CANCELLED"
            + " and function('period_overlaps', v.startsOn, v.endsOn, :from, :to) = true order by v.startsOn, v.id")
    List<DelegationVisit> findForCalendar(LocalDate from, LocalDate to);

    @Query("select v from DelegationVisit v left join fetch v.partner p"
            + " where v.status <> be.brussels.international.coordination.visit.VisitStatus.CANCELLED"
            + " and function('period_overlaps', v.startsOn, v.endsOn, :from, :to) = true"
            + " and (:all = true or p.id in :partnerIds)"
            + " order by v.startsOn, v.id")
    List<DelegationVisit> findComing(LocalDate from, LocalDate to, boolean all, java.util.Collection<Long> partnerIds,
            Pageable first);

    @Query("select count(v) from DelegationVisit v"
            + " where v.status <> be.brussels.international.coordination.visit.VisitStatus.CANCELLED"
            + " and function('period_overlaps', v.startsOn, v.endsOn, :from, :to) = true"
            + " and (:all = true or v.partner.id in :partnerIds)")
    long countComing(LocalDate from, LocalDate to, boolean all, java.util.Collection<Long> partnerIds);

    @Query("select distinct v.partner.id from DelegationVisit v where v.partner.id in :partnerIds"
            + " and v.startsOn >= :since and v.startsOn <= :until"
            + " and v.status <> be.brussels.international.coordination.visit.VisitStatus.CANCELLED")
    List<Long> findPartnersVisitedBetween(java.util.Collection<Long> partnerIds, LocalDate since, LocalDate until);

    @Query("select v from DelegationVisit v where v.partner.id = :partnerId and v.endsOn >= :today"
            + " order by v.startsOn, v.id")
    List<DelegationVisit> findUpcomingOfPartner(Long partnerId, LocalDate today, Pageable limit);

    @Query("select v from DelegationVisit v where v.partner.id = :partnerId and v.endsOn < :today"
            + " order by v.startsOn desc, v.id desc")
    List<DelegationVisit> findPastOfPartner(Long partnerId, LocalDate today, Pageable limit);
}
