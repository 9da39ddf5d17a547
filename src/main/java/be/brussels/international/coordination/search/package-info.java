/**
 * The header search: one box that finds partners, staff, dossiers, contacts, agreements, visits, events and
 * projects. Each module contributes a {@link be.brussels.international.coordination.shared.SearchSource} for
 * what it owns; this module only asks them and shows the answers, grouped by kind.
 */
package be.brussels.international.coordination.search;
