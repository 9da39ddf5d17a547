package be.brussels.international.coordination.cooperation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funded projects: the reports they owe and the payments made to them, by tranche. Everyone reads; those
 * who may record calls ({@link Calls#canEdit()}) record reports and payments. Payments never exceed the grant.
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
    public List<ProjectApplication> fundedOf(Partner partner) {
        return projects.findFundedOfPartner(partner.getId());
    }

    /** How far ahead reports are announced on the home page. */
    static final int REPORTS_AHEAD_DAYS = 14;

    /** Reports not received that are overdue or due within two weeks, of these partners' projects (null: all). */
    @Transactional(readOnly = true)
    public List<ProjectReport> reportsDueSoon(Collection<Long> partnerIds) {
        boolean all = partnerIds == null;
        return projects.findDueBy(LocalDate.now(clock).plusDays(REPORTS_AHEAD_DAYS), all,
                all ? new Long[0] : partnerIds.toArray(Long[]::new));
    }

    @Transactional(readOnly = true)
    public List<YearSummary> summaryByYear() {
        return projects.summaryByYear().stream().map(row -> new YearSummary((Integer) row[0], (BigDecimal) row[1],
                (BigDecimal) row[2], (BigDecimal) row[3])).toList();
    }

    public void addReport(long id, LocalDate dueOn, String note) {
        ProjectApplication project = funded(id);
        projects.save(new ProjectReport(project, dueOn, note));
    }

    public void receiveReport(long id, long reportId, LocalDate on) {
        funded(id);
        ProjectReport report = projects.findReport(reportId).filter(r -> r.getApplication().getId().equals(id))
                .orElseThrow(() -> new NotFoundException("Report", reportId));
        report.receive(on);
    }

    /** A tranche: the total paid never exceeds the amount granted. */
    public void addPayment(long id, LocalDate paidOn, BigDecimal amount) {
        ProjectApplication project = funded(id);
        if (amount.signum() <= 0 || amount.scale() > 2) {
            throw new CooperationRefused("cooperation.refused.amount");
        }
        BigDecimal paid = projects.findPayments(id).stream().map(ProjectPayment::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal remaining = project.getGranted().subtract(paid);
        if (amount.compareTo(remaining) > 0) {
            throw new CooperationRefused("cooperation.refused.aboveGrant", remaining);
        }
        projects.save(new ProjectPayment(project, paidOn, amount));
    }

    private ProjectApplication funded(long id) {
        calls.checkCanEdit();
        ProjectApplication project = projects.findById(id).orElseThrow(() -> new NotFoundException("Project", id));
        if (project.getGranted() == null) {
            throw new CooperationRefused("cooperation.refused.notFunded");
        }
        return project;
    }
}
