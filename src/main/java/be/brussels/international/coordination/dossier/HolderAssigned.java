package be.brussels.international.coordination.dossier;

import java.time.LocalDate;

import be.brussels.international.coordination.shared.LocalizedText;

/** Published when a decision gives a dossier to someone (a new holder or co-holder), from a date. */
public record HolderAssigned(String username, String dossierCode, LocalizedText dossierName, LocalDate from,
        String decidedBy, String reason) {
}
