package be.brussels.international.coordination.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A record of every kind a route acts on (a visit with a member, a programme item and a gift, agreements of a
 * partner the STAFF member holds and of one she does not, a document, contacts, an event, a call with an
 * application, a funded project with a report), inserted in the caller's transaction: the URLs of
 * {@link RouteRoleMatrixTests#MATRIX} name them as {@code {visit}}, {@code {agreementQuebec}}…
 */
final class Fixtures {

    private final JdbcTemplate jdbc;

    Fixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records for the routes to act on, in the current (rolled back) transaction; {@code token} for the feed. */
    Map<String, Object> create(String token) {
        Map<String, Object> ids = new LinkedHashMap<>();
        long quebec = partner("quebec");
        long tokyo = partner("tokyo");
        long visit = insert("""
                insert into delegation_visit (direction, kind, partner_id, title, starts_on, ends_on, logged_by)
                values ('INCOMING', 'WORKING', ?, 'Matrice', current_date + 10, current_date + 12, 'wvanwaeyenberge')
                returning id""", quebec);
        ids.put("visit", visit);
        ids.put("member", insert("insert into visit_member (visit_id, name, precedence) values (?, 'Membre', 1)"
                + " returning id", visit));
        ids.put("item", insert("insert into programme_item (visit_id, day, starts_at, ends_at, activity)"
                + " values (?, current_date + 10, '09:00', '10:00', 'Accueil') returning id", visit));
        ids.put("gift", insert("insert into visit_gift (visit_id, direction, description)"
                + " values (?, 'GIVEN', 'Livre') returning id", visit));
        ids.put("interpreter", insert("insert into visit_interpreter (visit_id, name, languages)"
                + " values (?, 'Interprète', 'anglais') returning id", visit));
        long agreementQuebec = agreement(quebec);
        ids.put("agreementQuebec", agreementQuebec);
        long agreementTokyo = agreement(tokyo);
        ids.put("agreementTokyo", agreementTokyo);
        ids.put("lifeQuebec", lifeEvent(agreementQuebec));
        ids.put("lifeTokyo", lifeEvent(agreementTokyo));
        long document = insert("""
                insert into agreement_document (agreement_id, label, file_name, media_type, size_bytes, sha256,
                    uploaded_by)
                values (?, 'Texte signé', 'texte.pdf', 'application/pdf', 4, repeat('0', 64), 'gclerckx')
                returning id""", agreementTokyo);
        jdbc.update("insert into agreement_document_content (document_id, content) values (?, ?)", document,
                "%PDF".getBytes());
        ids.put("document", document);
        ids.put("contactQuebec", contact(quebec));
        ids.put("contactTokyo", contact(tokyo));
        // Florence's note on Québec (hers to change), and one by the coordinator on Québec (not hers).
        ids.put("noteQuebec", insert("insert into partner_note (partner_id, kind, occurred_on, summary, author)"
                + " values (?, 'CALL', current_date - 1, 'Appel', 'fvandernoot') returning id", quebec));
        ids.put("noteByOther", insert("insert into partner_note (partner_id, kind, occurred_on, summary, author)"
                + " values (?, 'CALL', current_date - 1, 'Appel', 'gclerckx') returning id", quebec));
        ids.put("event", insert("""
                insert into large_event (kind, title_fr, title_nl, title_en, starts_on, ends_on)
                values ('BRUSSELS_DAYS', 'Journées', 'Dagen', 'Days', current_date + 5, current_date + 6)
                returning id"""));
        long call = insert("""
                insert into call_for_projects (title_fr, title_nl, title_en, year, opens_on, deadline_on, budget)
                values ('Appel', 'Oproep', 'Call', 2026, current_date, current_date + 30, 100000) returning id""");
        ids.put("call", call);
        ids.put("application", insert("""
                insert into project_application (call_id, partner_id, applicant, title, requested)
                values (?, ?, 'Demandeur', 'Projet', 1000) returning id""", call, quebec));
        long project = insert("""
                insert into project_application (call_id, partner_id, applicant, title, requested, status, granted)
                values (?, ?, 'Demandeur', 'Projet financé', 1000, 'GRANTED', 800) returning id""", call, quebec);
        ids.put("project", project);
        ids.put("report", insert("insert into project_report (application_id, due_on) values (?, current_date + 30)"
                + " returning id", project));
        ids.put("payment", insert("insert into project_payment (application_id, paid_on, amount)"
                + " values (?, current_date, 10) returning id", project));
        ids.put("dossier", jdbc.queryForObject("""
                select d.code from dossier d join partner p on p.id = d.partner_id where p.slug = 'tokyo'
                order by d.id limit 1""", String.class));
        jdbc.update("update user_account set calendar_token = ? where username = 'fvandernoot'", token);
        ids.put("token", token);
        // A one-time link of Pierre Gérard's account, usable: its page answers, and nothing counts as a failure.
        String link = "matrix-link-" + token;
        jdbc.update("""
                insert into account_link (user_account_id, purpose, token_hash, created_at, expires_at, issued_by)
                select id, 'RESET', ?, now(), now() + interval '1 day', 'admin' from user_account
                where username = 'pgerard'""", Accounts.hash(link));
        ids.put("link", link);
        ids.put("editorial", insert("insert into editorial_item (channel, planned_at, status, title, body, created_by)"
                + " values ('X', now() + interval '2 days', 'DRAFT', 'Matrice', 'Texte', 'jmverdin') returning id"));
        long edition = insert("insert into edition (number, audience, subject_fr, status, created_by, created_at)"
                + " values ((select coalesce(max(number), 0) + 1 from edition), 'GLOBE', 'Matrice', 'DRAFT',"
                + " 'jmverdin', now()) returning id");
        ids.put("edition", edition);
        ids.put("article", insert("insert into edition_article (edition_id, position, title_fr, body_fr)"
                + " values (?, 1, 'Article', 'Texte') returning id", edition));
        ids.put("subscriber", insert("insert into subscriber (email, languages, status, consent_version, consented_at,"
                + " confirmed_at) values ('matrix-' || ? || '@example.org', 'fr', 'CONFIRMED', 'test', now(), now())"
                + " returning id", edition));
        return ids;
    }

    private long partner(String slug) {
        return jdbc.queryForObject("select id from partner where slug = ?", Long.class, slug);
    }

    private long agreement(long partnerId) {
        return insert("""
                insert into agreement (partner_id, kind, title_fr, title_nl, title_en, status)
                values (?, 'COOPERATION_AGREEMENT', 'Accord', 'Akkoord', 'Agreement', 'IN_NEGOTIATION') returning id""",
                partnerId);
    }

    private long lifeEvent(long agreementId) {
        return insert("insert into agreement_event (agreement_id, kind, occurred_on, recorded_by)"
                + " values (?, 'AMENDED', current_date - 30, 'gclerckx') returning id", agreementId);
    }

    private long contact(long partnerId) {
        return insert("insert into partner_contact (partner_id, name) values (?, 'Contact') returning id", partnerId);
    }

    private long insert(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }
}
