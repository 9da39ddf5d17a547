package be.brussels.international.coordination.dossier;

import java.time.LocalDate;
import java.util.List;

import be.brussels.international.coordination.staff.StaffMember;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Every query fetches what its page shows, so that a page costs the same few statements at any size. */
interface AssignmentRepository extends Repository<Assignment, Long> {

    String CURRENT = " a.annulledBy is null and a.validFrom <= :day and (a.validTo is null or a.validTo > :day) ";

    /**
     * Those holding today first, then those to come by the day they start (a holder « from 4 Jan » was listed first
     * among the « current holders », by name).
     */
    String TODAY_THEN_COMING = " case when a.validFrom > :day then 1 else 0 end,"
            + " case when a.validFrom > :day then a.validFrom end, ";

    /** Holders today and those whose assignment starts later (shown "from <date>"). */
    String CURRENT_OR_COMING = " a.annulledBy is null and (a.validTo is null or a.validTo > :day) ";

    @Query("select a from Assignment a join fetch a.dossier d left join fetch d.partner"
            + " where a.staffMember.username = :username and" + CURRENT_OR_COMING)
    List<Assignment> findCurrentOrComingOf(String username, LocalDate day);

    /**
     * Every person, present or gone, beside each of their assignments of today or later (with its dossier and
     * partner), and every dossier no such assignment names (with its partner): one row per assignment, one per person
     * who holds nothing, one per dossier nobody holds or will hold. The coordinator's home page in one statement.
     */
    @Query("select s, a, d from StaffMember s left join Assignment a on a.staffMember = s and" + CURRENT_OR_COMING
            + " full join Dossier d on d = a.dossier left join fetch d.partner")
    List<Object[]> findScheduleWithPeopleAndDossiers(LocalDate day);

    /** Every assignment of today or later, with its dossier (and partner) and holder: the workload's schedule. */
    @Query("select a from Assignment a join fetch a.staffMember join fetch a.dossier d left join fetch d.partner"
            + " where" + CURRENT_OR_COMING)
    List<Assignment> findAllCurrentOrComing(LocalDate day);

    @Query("select a from Assignment a join fetch a.dossier d where a.staffMember.username = :username and" + CURRENT)
    List<Assignment> findCurrentOf(String username, LocalDate day);

    @Query("select a from Assignment a join fetch a.staffMember join fetch a.dossier d"
            + " where is_one_of(:partnerIds, d.partner.id) and" + CURRENT)
    List<Assignment> findCurrentForPartners(Long[] partnerIds, LocalDate day);

    @Query("select a from Assignment a join fetch a.staffMember left join fetch a.startedBy left join fetch a.annulledBy"
            + " where a.dossier = :dossier order by a.validFrom desc, a.id desc")
    List<Assignment> findHistoryOf(Dossier dossier);

    @Query("select a from Assignment a join fetch a.staffMember where a.dossier = :dossier and" + CURRENT_OR_COMING
            + " order by" + TODAY_THEN_COMING + "sort_key(a.staffMember.lastName), sort_key(a.staffMember.firstName),"
            + " a.staffMember.username")
    List<Assignment> findCurrentOrComingOf(Dossier dossier, LocalDate day);

    /**
     * The dossier of the partner with this slug, with its partner, beside each of its holders of today and to come
     * (with their person): one row per holder, or one row with no holder for a vacant dossier; none without dossier.
     */
    @Query("select d, a, s from Dossier d join fetch d.partner p left join Assignment a on a.dossier = d and"
            + CURRENT_OR_COMING + " left join a.staffMember s where p.slug = :slug"
            + " order by" + TODAY_THEN_COMING + "sort_key(s.lastName), sort_key(s.firstName), s.username")
    List<Object[]> findWithCurrentOrComingOfPartner(String slug, LocalDate day);

    @Query("select a.staffMember.id, a.dossier.kind, count(a) from Assignment a where" + CURRENT
            + " group by a.staffMember.id, a.dossier.kind")
    List<Object[]> countCurrentByStaffMemberAndKind(LocalDate day);

    @Query("select a.staffMember.id, count(a) from Assignment a where is_one_of(:staffIds, a.staffMember.id) and" + CURRENT
            + " group by a.staffMember.id")
    List<Object[]> countCurrentByStaffMember(Long[] staffIds, LocalDate day);

    @Query("select d.partner.id from Assignment a join a.dossier d"
            + " where a.staffMember.username = :username and d.partner is not null and" + CURRENT)
    List<Long> findPartnerIdsHeldBy(String username, LocalDate day);

    @Query("select d.partner.slug from Assignment a join a.dossier d"
            + " where a.staffMember.username = :username and d.partner is not null and" + CURRENT)
    List<String> findPartnerSlugsHeldBy(String username, LocalDate day);

    /** The number of dossiers a person ({@code s}) holds on {@code :day}, to order people by. */
    String HELD = "(select count(a) from Assignment a where a.staffMember = s and" + CURRENT + ")";

    /** People ({@code s}) by name, as lists order names (accents and capitals aside, {@code sort_key}). */
    String BY_NAME = "sort_key(s.lastName), sort_key(s.firstName), s.username";

    @Query(value = "select s from StaffMember s order by " + HELD + ", " + BY_NAME,
            countQuery = "select count(s) from StaffMember s")
    Page<StaffMember> findStaffByFewestHeld(LocalDate day, Pageable pageable);

    @Query(value = "select s from StaffMember s order by " + HELD + " desc, " + BY_NAME,
            countQuery = "select count(s) from StaffMember s")
    Page<StaffMember> findStaffByMostHeld(LocalDate day, Pageable pageable);
}
