/**
 * The portfolio pages: a partner's page and a person's page bring together what the other capabilities
 * know about them (dossiers and holders today; agreements, visits and events as those capabilities land).
 * It depends on them; nothing depends on it.
 */
package be.brussels.international.coordination.portfolio;
