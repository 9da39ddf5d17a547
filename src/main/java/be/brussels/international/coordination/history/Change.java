package be.brussels.international.coordination.history;

import java.time.Instant;
import java.time.LocalDate;

import be.brussels.international.coordination.shared.LocalizedText;

/**
 * One row of the audit trail: a version of an audited record. {@code type}: 0 created, 1 changed,
 * 2 deleted (Envers' revision types).
 *
 * @param subject the record's kind: ASSIGNMENT, DECISION, DOSSIER, PARTNER, STAFF_MEMBER, USER_ACCOUNT
 * @param person the person the record is about, when there is one
 * @param dossier the dossier's name, when the record belongs to one
 * @param from, to the dates the record carries (assignment period, decision date, departure...)
 * @param flag a yes/no the record carries (an annulled assignment, an enabled login)
 * @param code a code the record carries (the kind of decision)
 * @param text the free text it carries (a reason)
 */
public record Change(long revision, Instant at, String username, String subject, int type, String person,
        LocalizedText dossier, LocalDate from, LocalDate to, boolean flag, String code, String text) {
}
