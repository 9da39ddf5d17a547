package be.brussels.international.coordination.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.shared.Languages;
import be.brussels.international.coordination.shared.LocalizedText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes recorded about a dossier, a partner or a person, newest first, a page at a time: two
 * statements per page whatever the length of the history.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('STAFF')")
public class ChangeHistory {

    private static final String ASSIGNMENTS = """
            select r.id as rev, r.changed_at, r.username, 'ASSIGNMENT' as subject, a.revtype,
                   s.first_name || ' ' || s.last_name as person,
                   coalesce(d.title_fr, p.name_fr) as dossier_fr, coalesce(d.title_nl, p.name_nl) as dossier_nl,
                   coalesce(d.title_en, p.name_en) as dossier_en,
                   a.valid_from as date_from, a.valid_to as date_to, a.annulled_by_id is not null as flag,
                   (select x.kind from reassignment x where x.id = a.started_by_id) as code, a.reason as text
            from assignment_aud a join revision r on r.id = a.rev
            left join staff_member s on s.id = a.staff_member_id
            left join dossier d on d.id = a.dossier_id left join partner p on p.id = d.partner_id
            """;

    private static final String DECISIONS = """
            select r.id, r.changed_at, r.username, 'DECISION', x.revtype, null,
                   coalesce(d.title_fr, p.name_fr), coalesce(d.title_nl, p.name_nl), coalesce(d.title_en, p.name_en),
                   x.effective_on, null, false, x.kind, x.reason
            from reassignment_aud x join revision r on r.id = x.rev
            left join dossier d on d.id = x.dossier_id left join partner p on p.id = d.partner_id
            """;

    /**
     * A dossier's versions in the reader's language {@code l}: {@code code} what happened (CREATED, RETIRED,
     * RENAMED, VACANT, CHANGED), {@code text} the reason of a retirement or the title before a rename.
     */
    private static String dossiers(String l) {
        String previous = " over (partition by x.id order by x.rev)";
        return """
                select r.id, r.changed_at, r.username, 'DOSSIER', x.revtype, null,
                       coalesce(x.title_fr, p.name_fr), coalesce(x.title_nl, p.name_nl), coalesce(x.title_en, p.name_en),
                       coalesce(x.retired_on, x.vacant_since), null, x.vacant_since is not null,
                       case when x.revtype = 0 then 'CREATED'
                            when x.retired_on is not null and lag(x.retired_on) %1$s is null then 'RETIRED'
                            when lag(x.rev) %1$s is not null and x.title_%2$s is distinct from lag(x.title_%2$s) %1$s
                                then 'RENAMED'
                            when x.vacant_since is not null and x.vacant_since is distinct from lag(x.vacant_since) %1$s
                                then 'VACANT'
                            else 'CHANGED' end,
                       case when x.retired_on is not null then x.retire_reason else lag(x.title_%2$s) %1$s end
                from dossier_aud x join revision r on r.id = x.rev left join partner p on p.id = x.partner_id
                """.formatted(previous, l);
    }

    /**
     * A partner's versions in the reader's language {@code l}: {@code code} what happened (CREATED, ENDED,
     * RESUMED, RENAMED, CHANGED), {@code text} the reason of an end or the name before a rename.
     */
    private static String partners(String l) {
        String previous = " over (partition by x.id order by x.rev)";
        return """
                select r.id, r.changed_at, r.username, 'PARTNER', x.revtype, null, x.name_fr, x.name_nl, x.name_en,
                       x.ended_on, null, false,
                       case when x.revtype = 0 then 'CREATED'
                            when x.ended_on is not null and lag(x.ended_on) %1$s is null then 'ENDED'
                            when x.ended_on is null and lag(x.ended_on) %1$s is not null then 'RESUMED'
                            when lag(x.rev) %1$s is not null and x.name_%2$s is distinct from lag(x.name_%2$s) %1$s
                                then 'RENAMED'
                            else 'CHANGED' end,
                       case when x.ended_on is not null then x.end_reason else lag(x.name_%2$s) %1$s end
                from partner_aud x join revision r on r.id = x.rev
                """.formatted(previous, l);
    }

    private static final String STAFF = """
            select r.id, r.changed_at, r.username, 'STAFF_MEMBER', x.revtype, x.first_name || ' ' || x.last_name,
                   null, null, null, x.left_on, null, x.left_on is not null, x.username, null
            from staff_member_aud x join revision r on r.id = x.rev
            """;

    /** An account's changes: {@code code} its role then, {@code text} its role before (null at creation). */
    private static final String ACCOUNTS = """
            select r.id, r.changed_at, r.username, 'USER_ACCOUNT', x.revtype, x.username, null, null, null,
                   null, null, x.enabled, x.role, lag(x.role) over (partition by x.id order by x.rev)
            from user_account_aud x join revision r on r.id = x.rev
            """;

    /** An account's one-time links: {@code code} activation or reset, {@code flag} used (or replaced). */
    private static final String LINKS = """
            select r.id, r.changed_at, r.username, 'ACCOUNT_LINK', x.revtype, u.username, null, null, null,
                   null, null, x.used_at is not null, x.purpose, null
            from account_link_aud x join revision r on r.id = x.rev join user_account u on u.id = x.user_account_id
            """;

    /** A partner's contacts: {@code person} the name, {@code text} what else is known of them. */
    private static final String CONTACTS = """
            select r.id, r.changed_at, r.username, 'CONTACT', x.revtype, x.name, null, null, null,
                   x.from_on, x.to_on, x.to_on is not null, null,
                   concat_ws(' · ', x.function, x.organisation, x.email, x.phone)
            from partner_contact_aud x join revision r on r.id = x.rev
            """;

    /** A partner's notes: the day of the exchange, its kind, what it says. */
    private static final String NOTES = """
            select r.id, r.changed_at, r.username, 'NOTE', x.revtype, null, null, null, null,
                   x.occurred_on, null, false, x.kind, x.summary
            from partner_note_aud x join revision r on r.id = x.rev
            """;

    /** A visit itself: its title, dates and status. */
    private static final String VISITS = """
            select r.id, r.changed_at, r.username, 'VISIT', x.revtype, null, null, null, null,
                   x.starts_on, x.ends_on, false, x.status, x.title
            from delegation_visit_aud x join revision r on r.id = x.rev
            """;

    /** The parts of a visit: {@code person} a name, {@code code} a kind or a time, {@code text} what it says. */
    private static final String MEMBERS = """
            select r.id, r.changed_at, r.username, 'MEMBER', x.revtype, x.name, null, null, null, null, null, false,
                   null, concat_ws(' · ', x.title, x.organisation)
            from visit_member_aud x join revision r on r.id = x.rev
            """;

    private static final String ITEMS = """
            select r.id, r.changed_at, r.username, 'ITEM', x.revtype, null, null, null, null, x.day, null, x.escort,
                   to_char(x.starts_at, 'HH24:MI'), concat_ws(' · ', x.activity, x.venue)
            from programme_item_aud x join revision r on r.id = x.rev
            """;

    private static final String GIFTS = """
            select r.id, r.changed_at, r.username, 'GIFT', x.revtype, x.counterpart, null, null, null, null, null,
                   false, x.direction, x.description
            from visit_gift_aud x join revision r on r.id = x.rev
            """;

    private static final String INTERPRETERS = """
            select r.id, r.changed_at, r.username, 'INTERPRETER', x.revtype, x.name, null, null, null, null, null,
                   false, null, x.languages
            from visit_interpreter_aud x join revision r on r.id = x.rev
            """;

    /** An agreement, its life and its documents. */
    private static final String AGREEMENTS = """
            select r.id, r.changed_at, r.username, 'AGREEMENT', x.revtype, null, x.title_fr, x.title_nl, x.title_en,
                   x.signed_on, x.expires_on, false, x.status, null
            from agreement_aud x join revision r on r.id = x.rev
            """;

    private static final String LIFE = """
            select r.id, r.changed_at, r.username, 'LIFE', x.revtype, null, null, null, null, x.occurred_on, null,
                   false, coalesce(x.status, x.kind), x.note
            from agreement_event_aud x join revision r on r.id = x.rev
            """;

    private static final String DOCUMENTS = """
            select r.id, r.changed_at, r.username, 'DOCUMENT', x.revtype, null, null, null, null, null, null,
                   x.replaces_id is not null, null, concat_ws(' · ', x.label, x.file_name)
            from agreement_document_aud x join revision r on r.id = x.rev
            """;

    private final JdbcTemplate jdbc;

    ChangeHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Page<Change> ofDossier(long dossierId, Locale locale, Pageable pageable) {
        return page(List.of(ASSIGNMENTS + " where a.dossier_id = ?", DECISIONS + " where x.dossier_id = ?",
                dossiers(Languages.of(locale)) + " where x.id = ?"), List.of(dossierId, dossierId, dossierId),
                pageable);
    }

    public Page<Change> ofPartner(long partnerId, Locale locale, Pageable pageable) {
        String dossierOfPartner = "(select id from dossier where partner_id = ?)";
        String language = Languages.of(locale);
        return page(List.of(partners(language) + " where x.id = ?",
                ASSIGNMENTS + " where a.dossier_id = " + dossierOfPartner,
                DECISIONS + " where x.dossier_id = " + dossierOfPartner, dossiers(language) + " where x.partner_id = ?",
                CONTACTS + " where x.partner_id = ?", NOTES + " where x.partner_id = ?"),
                List.of(partnerId, partnerId, partnerId, partnerId, partnerId, partnerId), pageable);
    }

    /** A visit and its members, programme, interpreters and gifts, removed ones included. */
    public Page<Change> ofVisit(long visitId, Pageable pageable) {
        return page(List.of(VISITS + " where x.id = ?", MEMBERS + " where x.visit_id = ?",
                ITEMS + " where x.visit_id = ?", INTERPRETERS + " where x.visit_id = ?", GIFTS + " where x.visit_id = ?"),
                List.of(visitId, visitId, visitId, visitId, visitId), pageable);
    }

    /** An agreement, the steps of its life and its documents, removed ones included. */
    public Page<Change> ofAgreement(long agreementId, Pageable pageable) {
        return page(List.of(AGREEMENTS + " where x.id = ?", LIFE + " where x.agreement_id = ?",
                DOCUMENTS + " where x.agreement_id = ?"), List.of(agreementId, agreementId, agreementId), pageable);
    }

    public Page<Change> ofStaffMember(long staffMemberId, String username, Pageable pageable) {
        return page(List.of(STAFF + " where x.id = ?", ASSIGNMENTS + " where a.staff_member_id = ?",
                ACCOUNTS + " where x.username = ?", LINKS + " where u.username = ?"),
                List.of(staffMemberId, staffMemberId, username, username), pageable);
    }

    private Page<Change> page(List<String> sources, List<Object> parameters, Pageable pageable) {
        String union = "(" + String.join(" union all ", sources) + ") as c(rev, changed_at, username, subject, revtype,"
                + " person, dossier_fr, dossier_nl, dossier_en, date_from, date_to, flag, code, text)";
        Long total = jdbc.queryForObject("select count(*) from " + union, Long.class, parameters.toArray());
        List<Object> pageParameters = new ArrayList<>(parameters);
        pageParameters.add(pageable.getPageSize());
        pageParameters.add(pageable.getOffset());
        List<Change> changes = jdbc.query("select * from " + union + " order by rev desc, subject limit ? offset ?",
                ChangeHistory::change, pageParameters.toArray());
        return new PageImpl<>(changes, pageable, total == null ? 0 : total);
    }

    private static Change change(ResultSet row, int number) throws SQLException {
        String dossierFr = row.getString("dossier_fr");
        return new Change(row.getLong("rev"), row.getTimestamp("changed_at").toInstant(), row.getString("username"),
                row.getString("subject"), row.getInt("revtype"), row.getString("person"),
                dossierFr == null ? null : new LocalizedText(dossierFr, row.getString("dossier_nl"),
                        row.getString("dossier_en")),
                row.getObject("date_from", java.time.LocalDate.class), row.getObject("date_to", java.time.LocalDate.class),
                row.getBoolean("flag"), row.getString("code"), row.getString("text"));
    }
}
