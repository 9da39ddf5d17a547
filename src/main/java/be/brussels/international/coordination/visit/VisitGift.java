package be.brussels.international.coordination.visit;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** An entry of the gifts register, changed only through its visit. */
@Entity
@Table(name = "visit_gift")
@Audited
public class VisitGift {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id")
    private DelegationVisit visit;

    @Enumerated(EnumType.STRING)
    private GiftDirection direction;

    private String description;

    private String counterpart;

    private BigDecimal estimatedValue;

    private String outcome;

    protected VisitGift() {
    }

    VisitGift(DelegationVisit visit, GiftDetails details) {
        this.visit = visit;
        change(details);
    }

    void change(GiftDetails details) {
        this.direction = details.direction();
        this.description = details.description();
        this.counterpart = details.counterpart();
        this.estimatedValue = details.estimatedValue();
        this.outcome = details.outcome();
    }

    public Long getId() {
        return id;
    }

    public DelegationVisit getVisit() {
        return visit;
    }

    public GiftDirection getDirection() {
        return direction;
    }

    public String getDescription() {
        return description;
    }

    public String getCounterpart() {
        return counterpart;
    }

    public BigDecimal getEstimatedValue() {
        return estimatedValue;
    }

    public String getOutcome() {
        return outcome;
    }
}
