package be.brussels.international.coordination.cooperation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import be.brussels.international.coordination.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funded projects: the reports they owe and the payments made to them, by tranche. Everyone reads; those
 * who run the calls ({@link Calls#canEdit()}) record payments and reports, and the holder of the project's
 * partner records its reports too. Payments never exceed the grant.
 */
@Service
@Transactional
@PreAuthorize("hasRole('STAFF')")
public class Projects {

    /** A project with its reports and payments. */
    public record Project(ProjectApplication application, List<ProjectReport> reports, List<ProjectPayment> payments) {

        public BigDecimal getPaid() {
            return payments.stream().map(ProjectPayment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** One year of calls: their budgets, what was granted, what was paid. */
    public record YearSummary(int year, BigDecimal budget, BigDecimal granted, BigDecimal paid) {
    }

    private final ProjectRepository projects;

    private final Calls calls;

    private final Clock clock;

    Projects(ProjectRepository projects, Calls calls, Clock clock) {
        this.projects = projects;
        this.calls = calls;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Project> find(long id) {
        return projects.findById(id).map(a -> new Project(a, projects.findReports(id), projects.findPayments(id)));
    }

    @Transactional(readOnly = true)
    public List<YearSummary> summaryByYear() {
        return projects.summaryByYear().stream().map(row -> new YearSummary((Integer) row[0], (BigDecimal) row[1],
                (BigDecimal) row[2], (BigDecimal) row[3])).toList();
    }

    /** May the current user record the reports of this project (those who run calls, its partner's holder)? */
    @Transactional(readOnly = true)
    public boolean canRecordReports(long id) {
        ProjectApplication project = projects.findById(id).orElseThrow(() -> new NotFoundException("Project", id));
        return calls.canEdit() || calls.holdsPartner(project.getPartner());
    }

    /** Refuses (403) unless {@link #canRecordReports}: asked before a form is even checked. */
    @Transactional(readOnly = true)
    public void checkCanRecordReports(long id) {
        if (!canRecordReports(id)) {
            throw new AccessDeniedException("Neither running calls nor holding the project's partner");
        }
    }

    public void addReport(long id, LocalDate dueOn, String note) {
        checkCanRecordReports(id);
        ProjectApplication project = funded(id);
        projects.save(new ProjectReport(project, dueOn, note));
    }

    public void receiveReport(long id, long reportId, LocalDate on) {
        checkCanRecordReports(id);
        funded(id);
        ProjectReport report = projects.findReport(reportId).filter(r -> r.getApplication().getId().equals(id))
                .orElseThrow(() -> new NotFoundException("Report", reportId));
        report.receive(on);
    }

    /** A tranche: the total paid never exceeds the amount granted. */
    public void addPayment(long id, LocalDate paidOn, BigDecimal amount) {
        calls.checkCanEdit();
        ProjectApplication project = funded(id);
        if (amount.signum() <= 0 || amount.scale() > 2) {
            throw new CooperationRefused("cooperation.refused.amount").onField("amount");
        }
        BigDecimal paid = projects.findPayments(id).stream().map(ProjectPayment::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal remaining = project.getGranted().subtract(paid);
        if (amount.compareTo(remaining) > 0) {
            throw new CooperationRefused("cooperation.refused.aboveGrant", remaining).onField("amount");
        }
        projects.save(new ProjectPayment(project, paidOn, amount));
    }

    private ProjectApplication funded(long id) {
        ProjectApplication project = projects.findById(id).orElseThrow(() -> new NotFoundException("Project", id));
        if (project.getGranted() == null) {
            throw new CooperationRefused("cooperation.refused.notFunded");
        }
        return project;
    }
}
