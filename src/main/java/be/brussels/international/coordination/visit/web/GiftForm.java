package be.brussels.international.coordination.visit.web;

import java.io.Serializable;
import java.math.BigDecimal;

import be.brussels.international.coordination.visit.GiftDetails;
import be.brussels.international.coordination.visit.GiftDirection;
import be.brussels.international.coordination.visit.VisitGift;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A gift typed on the visit page. */
class GiftForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private GiftDirection direction = GiftDirection.GIVEN;

    @NotBlank
    @Size(max = 500)
    private String description;

    @Size(max = 300)
    private String counterpart;

    @DecimalMin("0.00")
    @Digits(integer = 10, fraction = 2)
    private BigDecimal estimatedValue;

    @Size(max = 500)
    private String outcome;

    GiftDetails toDetails() {
        return new GiftDetails(direction, description, counterpart, estimatedValue, outcome);
    }

    public GiftDirection getDirection() {
        return direction;
    }

    public void setDirection(GiftDirection direction) {
        this.direction = direction;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCounterpart() {
        return counterpart;
    }

    public void setCounterpart(String counterpart) {
        this.counterpart = counterpart;
    }

    public BigDecimal getEstimatedValue() {
        return estimatedValue;
    }

    public void setEstimatedValue(BigDecimal estimatedValue) {
        this.estimatedValue = estimatedValue;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    /** The form filled with the gift as recorded, to correct it. */
    static GiftForm from(VisitGift gift) {
        GiftForm form = new GiftForm();
        form.direction = gift.getDirection();
        form.description = gift.getDescription();
        form.counterpart = gift.getCounterpart();
        form.estimatedValue = gift.getEstimatedValue();
        form.outcome = gift.getOutcome();
        return form;
    }
}
