package be.brussels.international.coordination.partner;

import java.time.LocalDate;

/** The partnership ended on that day, for that reason (published in the transaction that records it). */
public record PartnershipEnded(Partner partner, LocalDate on, String reason) {
}
