/**
 * The audit trail, read: what changed, when, by whom, for a partner, a dossier or a person. Written by
 * Hibernate Envers (the {@code _aud} tables); read here with SQL over those tables.
 */
package be.brussels.international.coordination.history;
