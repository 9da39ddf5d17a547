package be.brussels.international.coordination.cooperation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ProjectRepository extends Repository<ProjectApplication, Long> {

    @Query("select a from ProjectApplication a join fetch a.call join fetch a.partner where a.id = :id")
    Optional<ProjectApplication> findById(Long id);

    @Query("select r from ProjectReport r where r.application.id = :id order by r.dueOn, r.id")
    List<ProjectReport> findReports(Long id);

    @Query("select p from ProjectPayment p where p.application.id = :id order by p.paidOn, p.id")
    List<ProjectPayment> findPayments(Long id);

    @Query("select r from ProjectReport r where r.id = :id")
    Optional<ProjectReport> findReport(Long id);

    ProjectReport save(ProjectReport report);

    boolean existsByPartnerId(Long partnerId);

    ProjectPayment save(ProjectPayment payment);

    @Query("select a from ProjectApplication a join fetch a.call where a.partner.id = :partnerId"
            + " and a.status in (be.brussels.international.coordination.cooperation.ApplicationStatus.GRANTED,"
            + " be.brussels.international.coordination.cooperation.ApplicationStatus.IN_PROGRESS,"
            + " be.brussels.international.coordination.cooperation.ApplicationStatus.CLOSED) order by a.id desc")
    List<ProjectApplication> findFundedOfPartner(Long partnerId);

    @Query("select r from ProjectReport r join fetch r.application a join fetch a.partner"
            + " where r.receivedOn is null and r.dueOn <= :until and (:all = true or is_one_of(:partnerIds, a.partner.id))"
            + " order by r.dueOn")
    List<ProjectReport> findDueBy(LocalDate until, boolean all, Long[] partnerIds);

    /** Per year: budget of the calls, granted, paid. */
    @Query("select c.year, sum(c.budget),"
            + " (select coalesce(sum(a.granted), 0) from ProjectApplication a where a.call.year = c.year),"
            + " (select coalesce(sum(p.amount), 0) from ProjectPayment p where p.application.call.year = c.year)"
            + " from CallForProjects c group by c.year order by c.year desc")
    List<Object[]> summaryByYear();
}
