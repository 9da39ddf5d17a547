package be.brussels.international.coordination.dossier;

/** Labels: {@code dossier.kind.<NAME>} in the message files. The order is the order of the home page. */
public enum DossierKind {
    BILATERAL, DEVELOPMENT_COOPERATION, THEMATIC
}
