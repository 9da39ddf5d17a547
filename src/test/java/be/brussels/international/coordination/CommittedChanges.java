package be.brussels.international.coordination;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For the few tests that must commit (audit trail, concurrency, real browser): notes where the data stood
 * and puts the reference assignments back afterwards, so that the other tests see the seed data.
 */
public final class CommittedChanges {

    private final JdbcTemplate jdbc;

    private final long revision;

    private final long assignment;

    private final long reassignment;

    private final long visit;

    private final long agreement;

    private final long agreementEvent;

    private final long document;

    private final long contact;

    private final long note;

    private final long call;

    private final long event;

    private final long link;

    private final long subscriber;

    private final long editorialItem;

    private final long edition;

    private final long person;

    private final long account;

    private final long partner;

    private final long dossier;

    /** Each account's role and password hash, put back afterwards. */
    private final List<Map<String, Object>> accounts;

    /** Each partner's details, put back afterwards. */
    private final List<Map<String, Object>> partners;

    private CommittedChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.link = max("account_link");
        this.subscriber = max("subscriber");
        this.editorialItem = max("editorial_item");
        this.edition = max("edition");
        this.person = max("staff_member");
        this.account = max("user_account");
        this.partner = max("partner");
        this.dossier = max("dossier");
        this.accounts = jdbc.queryForList("select id, role, password_hash from user_account");
        this.partners = jdbc.queryForList("""
                select id, designation_fr, name_fr, name_nl, name_en, kind, country_code, continent, time_zone,
                       development_cooperation from partner""");
        this.revision = max("revision");
        this.assignment = max("assignment");
        this.reassignment = max("reassignment");
        this.visit = max("delegation_visit");
        this.agreement = max("agreement");
        this.agreementEvent = max("agreement_event");
        this.document = max("agreement_document");
        this.contact = max("partner_contact");
        this.note = max("partner_note");
        this.call = max("call_for_projects");
        this.event = max("large_event");
    }

    public static CommittedChanges mark(JdbcTemplate jdbc) {
        return new CommittedChanges(jdbc);
    }

    /** The last audit revision before the test: those after it are the test's. */
    public long revision() {
        return revision;
    }

    /** Removes what was committed since {@link #mark} and reopens the assignments it ended or annulled. */
    public void undo() {
        for (String table : new String[] { "assignment_aud", "reassignment_aud", "dossier_aud", "staff_member_aud",
                "user_account_aud", "partner_aud", "delegation_visit_aud", "visit_member_aud", "programme_item_aud",
                "agreement_aud", "agreement_event_aud", "agreement_document_aud", "agreement_document_content_aud",
                "partner_contact_aud", "partner_note_aud", "call_for_projects_aud", "call_target_partner_aud",
                "project_application_aud", "project_report_aud", "project_payment_aud", "visit_gift_aud",
                "large_event_aud", "large_event_partner_aud", "large_event_staff_aud", "visit_interpreter_aud",
                "visit_interpreter_item_aud", "account_link_aud", "subscriber_aud", "editorial_item_aud", "edition_aud",
                "edition_article_aud", "edition_image_aud" }) {
            jdbc.update("delete from " + table + " where rev > ?", revision);
        }
        jdbc.update("delete from visit_interpreter_item where interpreter_id in"
                + " (select id from visit_interpreter where visit_id > ?)", visit);
        jdbc.update("delete from visit_interpreter where visit_id > ?", visit);
        jdbc.update("delete from programme_item where visit_id > ?", visit);
        jdbc.update("delete from visit_gift where visit_id > ?", visit);
        jdbc.update("delete from large_event_partner where event_id > ?", event);
        jdbc.update("delete from large_event_staff where event_id > ?", event);
        jdbc.update("delete from large_event where id > ?", event);
        jdbc.update("delete from visit_member where visit_id > ?", visit);
        jdbc.update("delete from delegation_visit where id > ?", visit);
        jdbc.update("delete from agreement_document_content where document_id > ?", document);
        jdbc.update("delete from agreement_document where id > ?", document);
        jdbc.update("delete from agreement_event where id > ?", agreementEvent);
        jdbc.update("delete from agreement where id > ?", agreement);
        // The seeded agreements know no date: put them back as the seed has them.
        jdbc.update("update agreement set signatories = null, signed_on = null, signed_at = null, in_force_on = null,"
                + " expires_on = null, tacit_renewal = null, renewal_months = null, notice_months = null,"
                + " review_on = null, themes = null, notes = null, status = 'IN_FORCE', parent_id = null");
        jdbc.update("delete from partner_note where id > ?", note);
        jdbc.update("delete from partner_contact where id > ?", contact);
        jdbc.update("delete from project_payment where application_id in (select id from project_application"
                + " where call_id > ?)", call);
        jdbc.update("delete from project_report where application_id in (select id from project_application"
                + " where call_id > ?)", call);
        jdbc.update("delete from project_application where call_id > ?", call);
        jdbc.update("delete from call_target_partner where call_id > ?", call);
        jdbc.update("delete from call_for_projects where id > ?", call);
        jdbc.update("delete from revision where id > ?", revision);
        jdbc.update("delete from assignment where id > ?", assignment);
        jdbc.update("update assignment set valid_to = null, ended_by_id = null, annulled_by_id = null"
                + " where ended_by_id > ? or annulled_by_id > ?", reassignment, reassignment);
        jdbc.update("delete from reassignment where id > ?", reassignment);
        jdbc.update("update dossier set vacant_since = null where vacant_since is not null");
        jdbc.update("update staff_member set left_on = null where left_on is not null");
        jdbc.update("update user_account set enabled = true where not enabled");
        jdbc.update("delete from account_link where id > ?", link);
        jdbc.update("delete from delivery where edition_id > ? or subscriber_id > ?", edition, subscriber);
        jdbc.update("delete from edition_image where edition_id > ?", edition);
        jdbc.update("delete from edition_article where edition_id > ?", edition);
        jdbc.update("delete from edition where id > ?", edition);
        jdbc.update("update subscriber set bouncing_since = null, lists = 'GLOBE'"
                + " where bouncing_since is not null or lists <> 'GLOBE'");
        jdbc.update("delete from subscriber where id > ?", subscriber);
        jdbc.update("delete from editorial_item where id > ?", editorialItem);
        jdbc.update("delete from staff_member where id > ?", person);
        jdbc.update("delete from user_account where id > ?", account);
        jdbc.update("delete from dossier where id > ?", dossier);
        jdbc.update("delete from partner where id > ?", partner);
        jdbc.update("update partner set ended_on = null, end_reason = null where ended_on is not null");
        jdbc.update("update dossier set retired_on = null, retire_reason = null where retired_on is not null");
        for (Map<String, Object> row : partners) {
            jdbc.update("""
                    update partner set designation_fr = ?, name_fr = ?, name_nl = ?, name_en = ?, kind = ?,
                        country_code = ?, continent = ?, time_zone = ?, development_cooperation = ? where id = ?""",
                    row.get("designation_fr"), row.get("name_fr"), row.get("name_nl"), row.get("name_en"),
                    row.get("kind"), row.get("country_code"), row.get("continent"), row.get("time_zone"),
                    row.get("development_cooperation"), row.get("id"));
        }
        for (Map<String, Object> row : accounts) {
            jdbc.update("update user_account set role = ?, password_hash = ? where id = ?", row.get("role"),
                    row.get("password_hash"), row.get("id"));
        }
    }

    private long max(String table) {
        Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
        return max == null ? 0 : max;
    }
}
