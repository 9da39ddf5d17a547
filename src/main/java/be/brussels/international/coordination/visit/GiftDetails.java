package be.brussels.international.coordination.visit;

import java.math.BigDecimal;

/** A gift given or received: to or from whom, its estimated value in euros, what became of it. */
public record GiftDetails(GiftDirection direction, String description, String counterpart, BigDecimal estimatedValue,
        String outcome) {
}
