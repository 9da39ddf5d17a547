package be.brussels.international.coordination.cooperation;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A tranche paid to a funded project. */
@Entity
@Table(name = "project_payment")
@Audited
public class ProjectPayment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private ProjectApplication application;

    private LocalDate paidOn;

    private BigDecimal amount;

    protected ProjectPayment() {
    }

    ProjectPayment(ProjectApplication application, LocalDate paidOn, BigDecimal amount) {
        this.application = application;
        this.paidOn = paidOn;
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public ProjectApplication getApplication() {
        return application;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
