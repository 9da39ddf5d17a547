package be.brussels.international.coordination.cooperation;

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

    @Query("select p from ProjectPayment p where p.id = :id")
    Optional<ProjectPayment> findPayment(Long id);

    /** Per year: budget of the calls, granted, paid. */
    @Query("select c.year, sum(c.budget),"
            + " (select coalesce(sum(a.granted), 0) from ProjectApplication a where a.call.year = c.year),"
            + " (select coalesce(sum(p.amount), 0) from ProjectPayment p where p.application.call.year = c.year)"
            + " from CallForProjects c group by c.year order by c.year desc")
    List<Object[]> summaryByYear();
}
