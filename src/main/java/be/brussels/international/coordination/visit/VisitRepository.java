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
    @Query(value = """
            select v from DelegationVisit v left join fetch v.partner p
            where (:status is null or v.status = :status) and (:partnerId is null or p.id = :partnerId)
              and (:direction is null or v.direction = :direction) and (:kind is null or v.kind = :kind)
              and v.endsOn >= :fromDay and v.startsOn <= :toDay
            order by case when v.endsOn >= :today then 0 else 1 end,
                     case when v.endsOn >= :today then v.startsOn end asc,
                     v.startsOn desc, v.id desc""",
            countQuery = """
            select count(v) from DelegationVisit v
            where (:status is null or v.status = :status) and (:partnerId is null or v.partner.id = :partnerId)
              and (:direction is null or v.direction = :direction) and (:kind is null or v.kind = :kind)
              and v.endsOn >= :fromDay and v.startsOn <= :toDay""")
    Page<DelegationVisit> search(VisitStatus status, Long partnerId, VisitDirection direction, VisitKind kind,
            LocalDate fromDay, LocalDate toDay, LocalDate today, Pageable pageable);

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
            + " and v.startsOn <= :to and v.endsOn >= :from order by v.startsOn, v.id")
    List<DelegationVisit> findForCalendar(LocalDate from, LocalDate to);

    @Query("select v from DelegationVisit v left join fetch v.partner p"
            + " where v.status <> be.brussels.international.coordination.visit.VisitStatus.CANCELLED"
            + " and v.startsOn <= :to and v.endsOn >= :from and (:all = true or p.id in :partnerIds)"
            + " order by v.startsOn, v.id")
    List<DelegationVisit> findComing(LocalDate from, LocalDate to, boolean all, java.util.Collection<Long> partnerIds);

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
