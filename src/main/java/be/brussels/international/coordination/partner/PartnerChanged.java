package be.brussels.international.coordination.partner;

/** A partner's details were corrected (published in the transaction: its dossier follows its kind). */
public record PartnerChanged(Partner partner) {
}
