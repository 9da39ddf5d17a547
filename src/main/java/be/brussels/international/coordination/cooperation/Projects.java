package be.brussels.international.coordination.cooperation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import be.brussels.international.coordination.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    /** How long after its call opened a project's report may still be due. */
    static final int REPORTS_WITHIN_YEARS = 10;

    private final Clock clock;

    /** Removes a payment or a report (the repository is its application's). */
    @PersistenceContext
    private EntityManager entityManager;

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

    /** A report due within the project's life: not before its call opened, nor more than ten years after. */
    public void addReport(long id, LocalDate dueOn, String note) {
        checkCanRecordReports(id);
        ProjectApplication project = funded(id);
        LocalDate opened = project.getCall().getOpensOn();
        if (dueOn.isBefore(opened)) {
            throw new CooperationRefused("cooperation.refused.reportBeforeCall", opened)
                    .onField("dueOn");
        }
        if (dueOn.isAfter(opened.plusYears(REPORTS_WITHIN_YEARS))) {
            throw new CooperationRefused("cooperation.refused.reportTooLate", REPORTS_WITHIN_YEARS).onField("dueOn");
        }
        projects.save(new ProjectReport(project, dueOn, note));
    }

    /** A report recorded by mistake, not received yet: removed (audited, as every change). */
    public void removeReport(long id, long reportId) {
        checkCanRecordReports(id);
        funded(id);
        ProjectReport report = report(id, reportId);
        if (report.getReceivedOn() != null) {
            throw new CooperationRefused("cooperation.refused.reportReceived");
        }
        entityManager.remove(report);
    }

    /** A payment recorded by mistake: removed (audited, as every change). */
    public void removePayment(long id, long paymentId) {
        calls.checkCanEdit();
        funded(id);
        ProjectPayment payment = projects.findPayment(paymentId).filter(p -> p.getApplication().getId().equals(id))
                .orElseThrow(() -> new NotFoundException("Payment", paymentId));
        entityManager.remove(payment);
    }

    private ProjectReport report(long id, long reportId) {
        return projects.findReport(reportId).filter(r -> r.getApplication().getId().equals(id))
                .orElseThrow(() -> new NotFoundException("Report", reportId));
    }

    public void receiveReport(long id, long reportId, LocalDate on) {
        checkCanRecordReports(id);
        funded(id);
        report(id, reportId).receive(on);
    }

    /**
     * A tranche: the total paid never exceeds the amount granted; paid on a day that has come, not before the call
     * opened (a payment is recorded once made).
     */
    public void addPayment(long id, LocalDate paidOn, BigDecimal amount) {
        calls.checkCanEdit();
        ProjectApplication project = funded(id);
        if (paidOn.isAfter(LocalDate.now(clock))) {
            throw new CooperationRefused("cooperation.refused.paidInFuture").onField("paidOn");
        }
        LocalDate opened = project.getCall().getOpensOn();
        if (paidOn.isBefore(opened)) {
            throw new CooperationRefused("cooperation.refused.paidBeforeCall", opened)
                    .onField("paidOn");
        }
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
