package be.brussels.international.coordination.cooperation;

import java.math.BigDecimal;
import java.time.LocalDate;

import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.shared.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** An application to a call for projects; once granted, a funded project. Amounts in euros, exact. */
@Entity
@Table(name = "project_application")
@Audited
public class ProjectApplication extends BaseEntity {

    /** The longest evaluation comment (the column's, {@code project_application.comments}). */
    public static final int COMMENTS_MAX_LENGTH = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id")
    private CallForProjects call;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    private String applicant;

    private String title;

    private BigDecimal requested;

    private BigDecimal granted;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private BigDecimal score;

    private String comments;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status = ApplicationStatus.SUBMITTED;

    /** Who let this grant exceed the call's budget, when someone did (the coordinator only). */
    private String budgetOverrideBy;

    protected ProjectApplication() {
    }

    ProjectApplication(CallForProjects call, Partner partner, String applicant, String title, BigDecimal requested,
            LocalDate startsOn, LocalDate endsOn) {
        if (requested.signum() <= 0) {
            throw new CooperationRefused("cooperation.refused.amount");
        }
        this.call = call;
        this.partner = partner;
        this.applicant = applicant;
        this.title = title;
        this.requested = requested;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    void evaluate(BigDecimal newScore, String newComments) {
        // Nothing typed for an application not evaluated yet is no evaluation (it was « saved »); clearing one is.
        if (newScore == null && newComments == null && score == null && comments == null) {
            throw new CooperationRefused("cooperation.refused.evaluationEmpty");
        }
        if (newComments != null && newComments.length() > COMMENTS_MAX_LENGTH) {
            throw new CooperationRefused("cooperation.refused.commentsTooLong", COMMENTS_MAX_LENGTH);
        }
        // Two decimals at most, as the score is kept: never rounded silently (12.345 is not 12.35).
        if (newScore != null && (newScore.signum() < 0 || newScore.compareTo(BigDecimal.valueOf(100)) > 0
                || newScore.stripTrailingZeros().scale() > 2)) {
            throw new CooperationRefused("cooperation.refused.score");
        }
        this.score = newScore;
        this.comments = newComments;
    }

    void moveTo(ApplicationStatus next) {
        if (!status.next().contains(next) || next == ApplicationStatus.GRANTED) {
            throw new CooperationRefused("cooperation.refused.transition");
        }
        status = next;
    }

    void grant(BigDecimal amount, String overrideBy) {
        if (status != ApplicationStatus.ELIGIBLE) {
            throw new CooperationRefused("cooperation.refused.transition");
        }
        this.granted = amount;
        this.budgetOverrideBy = overrideBy;
        this.status = ApplicationStatus.GRANTED;
    }

    public CallForProjects getCall() {
        return call;
    }

    public Partner getPartner() {
        return partner;
    }

    public String getApplicant() {
        return applicant;
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getRequested() {
        return requested;
    }

    public BigDecimal getGranted() {
        return granted;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getComments() {
        return comments;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getBudgetOverrideBy() {
        return budgetOverrideBy;
    }
}
