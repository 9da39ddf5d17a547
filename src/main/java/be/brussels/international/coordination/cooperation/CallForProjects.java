package be.brussels.international.coordination.cooperation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.shared.BaseEntity;
import be.brussels.international.coordination.shared.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A development-cooperation call for projects: its budget, its calendar, the applications it receives. The
 * amounts granted never silently exceed the budget: only the coordinator may go beyond, and it is recorded.
 */
@Entity
@Table(name = "call_for_projects")
@Audited
public class CallForProjects extends BaseEntity {

    @Embedded
    @AttributeOverride(name = "fr", column = @Column(name = "title_fr"))
    @AttributeOverride(name = "nl", column = @Column(name = "title_nl"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    private LocalizedText title;

    private int year;

    private String theme;

    private LocalDate opensOn;

    private LocalDate deadlineOn;

    private BigDecimal budget;

    @Enumerated(EnumType.STRING)
    private CallStatus status = CallStatus.DRAFT;

    @ManyToMany
    @JoinTable(name = "call_target_partner", joinColumns = @JoinColumn(name = "call_id"),
            inverseJoinColumns = @JoinColumn(name = "partner_id"))
    private Set<Partner> targets = new LinkedHashSet<>();

    @NotAudited
    @OneToMany(mappedBy = "call", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    @BatchSize(size = 100)
    private List<ProjectApplication> applications = new ArrayList<>();

    protected CallForProjects() {
    }

    CallForProjects(LocalizedText title, int year, String theme, LocalDate opensOn, LocalDate deadlineOn,
            BigDecimal budget, Set<Partner> targets) {
        if (deadlineOn.isBefore(opensOn)) {
            throw new CooperationRefused("cooperation.refused.deadlineBeforeOpening");
        }
        if (budget.signum() <= 0) {
            throw new CooperationRefused("cooperation.refused.amount");
        }
        this.title = title;
        this.year = year;
        this.theme = theme;
        this.opensOn = opensOn;
        this.deadlineOn = deadlineOn;
        this.budget = budget;
        this.targets.addAll(targets);
    }

    void advance() {
        CallStatus next = status.next();
        if (next == null) {
            throw new CooperationRefused("cooperation.refused.transition");
        }
        status = next;
    }

    /** Applications are received from the opening until the grants are awarded. */
    public boolean receivesApplications() {
        return status != CallStatus.DRAFT && status != CallStatus.AWARDED;
    }

    ProjectApplication receive(Partner partner, String applicant, String projectTitle, BigDecimal requested,
            LocalDate startsOn, LocalDate endsOn) {
        if (!receivesApplications()) {
            throw new CooperationRefused("cooperation.refused.callNotOpen");
        }
        // Of a partner of the development cooperation whose partnership runs, and one the call is open to: what the
        // form offers, held here for a request that did not come from it.
        if (!partner.isDevelopmentCooperation()) {
            throw new CooperationRefused("cooperation.refused.applicantNotDevelopment").onField("partner");
        }
        if (partner.isFormer()) {
            throw new CooperationRefused("cooperation.refused.applicantFormer").onField("partner");
        }
        if (!targets.isEmpty() && !targets.contains(partner)) {
            throw new CooperationRefused("cooperation.refused.applicantNotTargeted").onField("partner");
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new CooperationRefused("cooperation.refused.periodOrder");
        }
        ProjectApplication application = new ProjectApplication(this, partner, applicant, projectTitle, requested,
                startsOn, endsOn);
        applications.add(application);
        return application;
    }

    /**
     * Grants an eligible application. Above the request: refused. Above what remains of the budget: refused,
     * unless {@code overrideBy} (the coordinator) takes responsibility, which is recorded.
     */
    void grant(ProjectApplication application, BigDecimal amount, String overrideBy) {
        if (amount.signum() <= 0) {
            throw new CooperationRefused("cooperation.refused.amount");
        }
        if (amount.compareTo(application.getRequested()) > 0) {
            throw new CooperationRefused("cooperation.refused.aboveRequest", application.getRequested());
        }
        if (amount.compareTo(getAvailable()) > 0 && overrideBy == null) {
            throw new CooperationRefused("cooperation.refused.overBudget", getAvailable());
        }
        application.grant(amount, amount.compareTo(getAvailable()) > 0 ? overrideBy : null);
    }

    ProjectApplication application(long id) {
        return applications.stream().filter(a -> Objects.equals(a.getId(), id)).findFirst()
                .orElseThrow(() -> new CooperationRefused("cooperation.refused.unknownApplication"));
    }

    /** The total granted, exactly. */
    public BigDecimal getCommitted() {
        return applications.stream().map(ProjectApplication::getGranted).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal getAvailable() {
        return budget.subtract(getCommitted());
    }

    /** Share of the budget granted, in percent, rounded to a whole number for display. */
    public int getCommittedPercent() {
        return getCommitted().multiply(BigDecimal.valueOf(100)).divide(budget, 0, RoundingMode.HALF_UP).intValue();
    }

    public LocalizedText getTitle() {
        return title;
    }

    public int getYear() {
        return year;
    }

    public String getTheme() {
        return theme;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getDeadlineOn() {
        return deadlineOn;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public CallStatus getStatus() {
        return status;
    }

    public Set<Partner> getTargets() {
        return Set.copyOf(targets);
    }

    /** The partners the call is open to, by name in the reader's language. */
    public List<Partner> targetsIn(Locale locale) {
        return targets.stream().sorted(Partner.byName(locale)).toList();
    }

    public List<ProjectApplication> getApplications() {
        return List.copyOf(applications);
    }
}
