package be.brussels.international.coordination.partner;

/** A partner was added (published in its transaction: its dossier is created with it). */
public record PartnerAdded(Partner partner) {
}
