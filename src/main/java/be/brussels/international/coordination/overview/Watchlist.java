package be.brussels.international.coordination.overview;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.communication.Channel;
import be.brussels.international.coordination.communication.EditorialStatus;
import be.brussels.international.coordination.shared.Languages;
import be.brussels.international.coordination.shared.LocalizedText;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the home page watches beside the reader's dossiers, in one statement over the modules' tables:
 * <ul>
 * <li>relations that may be going cold: partners with no note, no visit (not cancelled) and no event (not
 * cancelled) in the last months — and registered in the application before that (a partnership of last week is
 * new, not quiet);</li>
 * <li>the project reports not received that are overdue or due within two weeks;</li>
 * <li>what is to be published in the coming week, or was to be and is not (a month back), for who runs the
 * communication.</li>
 * </ul>
 * Asked module by module the quiet partners took four queries, each with a list of partners that Hibernate translated
 * again on every execution — an eighth of the home page's time (JFR); the reports due were a statement of their own,
 * a sixth on a development-cooperation holder's home page (issue 23: at most five).
 */
@Component
@PreAuthorize("hasRole('STAFF')")
class Watchlist {

    /** A partner as the home page links it. */
    public record QuietPartner(String slug, LocalizedText name) {
    }

    /** A report due of a project, as the home page links it. */
    public record DueReport(long project, String title, LocalDate dueOn) {

        public boolean isOverdueOn(LocalDate today) {
            return dueOn.isBefore(today);
        }
    }

    /** An item of the editorial calendar to be published, as the home page links it; overdue when its time is past. */
    public record EditorialDue(long id, String title, Instant plannedAt, Channel channel, EditorialStatus status,
            boolean overdue) {
    }

    /** An edition of the newsletter written and waiting for the coordinator's approval, by its subject. */
    public record EditionToApprove(long id, String subject) {
    }

    /**
     * The lists: quiet partners by name in the reader's language, reports due by date, editorial items by time,
     * editions to approve, oldest first.
     */
    public record Watch(List<QuietPartner> quiet, List<DueReport> dueReports, List<EditorialDue> editorialDue,
            List<EditionToApprove> toApprove) {
    }

    /** How far ahead reports are announced on the home page. */
    static final int REPORTS_AHEAD_DAYS = 14;

    private static final int QUIET_SHOWN = 100;

    /** How far ahead, and back, the home page looks for what is to be published; how many it lists. */
    static final Duration EDITORIAL_AHEAD = Duration.ofDays(7);

    static final Duration EDITORIAL_BACK = Duration.ofDays(30);

    static final int EDITORIAL_SHOWN = 10;

    private final NamedParameterJdbcTemplate jdbc;

    private final Clock clock;

    Watchlist(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Of the partners {@code quietAmong} (all of them when null, none when empty), those quiet for that many months;
     * the reports due of the projects of the partners {@code reportsOf} (likewise); what is to be published when
     * {@code editorial} (the caller has checked the reader runs the communication). No statement when none is asked.
     */
    @Transactional(readOnly = true)
    public Watch of(Collection<Long> quietAmong, Collection<Long> reportsOf, boolean editorial, boolean approvals,
            int months, Locale locale) {
        boolean quiet = quietAmong == null || !quietAmong.isEmpty();
        boolean reports = reportsOf == null || !reportsOf.isEmpty();
        if (!quiet && !reports && !editorial && !approvals) {
            return new Watch(List.of(), List.of(), List.of(), List.of());
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        MapSqlParameterSource parameters = new MapSqlParameterSource("since", today.minusMonths(months))
                .addValue("today", today).addValue("shown", QUIET_SHOWN)
                .addValue("until", today.plusDays(REPORTS_AHEAD_DAYS));
        List<String> parts = new ArrayList<>();
        if (quiet) {
            parts.add(quietPartners(quietAmong, parameters, Languages.of(locale)));
        }
        if (reports) {
            parts.add(reportsDue(reportsOf, parameters));
        }
        if (editorial) {
            parameters.addValue("editorialFrom", Timestamp.from(now.minus(EDITORIAL_BACK)))
                    .addValue("editorialTo", Timestamp.from(now.plus(EDITORIAL_AHEAD)))
                    .addValue("editorialShown", EDITORIAL_SHOWN);
            parts.add(EDITORIAL_DUE);
        }
        if (approvals) {
            parts.add(EDITIONS_TO_APPROVE.formatted(Languages.of(locale)));
        }
        // Each part numbers its rows in its own order; the union keeps the parts apart and in that order. Their columns
        // are shared: "ref" is the linked record's id (a project, an editorial item).
        String sql = "select * from (" + String.join(" union all ", parts) + ") watched order by kind, n";
        List<QuietPartner> quietPartners = new ArrayList<>();
        List<DueReport> dueReports = new ArrayList<>();
        List<EditorialDue> editorialDue = new ArrayList<>();
        List<EditionToApprove> toApprove = new ArrayList<>();
        jdbc.query(sql, parameters, (ResultSet row) -> {
            switch (row.getString("kind")) {
                case "QUIET" -> quietPartners.add(quietPartner(row));
                case "REPORT" -> dueReports.add(new DueReport(row.getLong("ref"), row.getString("title"),
                        row.getObject("due_on", LocalDate.class)));
                case "EDITORIAL" -> {
                    Instant planned = row.getTimestamp("planned_at").toInstant();
                    editorialDue.add(new EditorialDue(row.getLong("ref"), row.getString("title"), planned,
                            Channel.valueOf(row.getString("channel")), EditorialStatus.valueOf(row.getString("status")),
                            planned.isBefore(now)));
                }
                case "EDITION" -> toApprove.add(new EditionToApprove(row.getLong("ref"), row.getString("title")));
                default -> throw new IllegalStateException(row.getString("kind"));
            }
        });
        return new Watch(quietPartners, dueReports, editorialDue, toApprove);
    }

    /** Partners whose partnership has ended are not going cold: they are gone. */
    private static String quietPartners(Collection<Long> among, MapSqlParameterSource parameters, String language) {
        String filter = "";
        if (among != null) {
            filter = " p.id in (:quietAmong) and";
            parameters.addValue("quietAmong", among);
        }
        return "(select 'QUIET' as kind, row_number() over (order by p.sort_name_" + language + ", p.slug) as n,"
                + " cast(p.slug as text) as slug, cast(p.name_fr as text) as name_fr,"
                + " cast(p.name_nl as text) as name_nl, cast(p.name_en as text) as name_en,"
                + " cast(null as bigint) as ref, cast(null as text) as title, cast(null as date) as due_on,"
                + " cast(null as timestamptz) as planned_at, cast(null as text) as channel, cast(null as text) as status"
                + " from partner p where" + filter + """
                 p.ended_on is null
                 and (p.registered_on is null or p.registered_on < :since)
                 and not exists (select 1 from partner_note n where n.partner_id = p.id and n.occurred_on >= :since)
                 and not exists (select 1 from delegation_visit v where v.partner_id = p.id
                                 and v.starts_on between :since and :today and v.status <> 'CANCELLED')
                 and not exists (select 1 from large_event_partner ep join large_event e on e.id = ep.event_id
                                 where ep.partner_id = p.id and e.starts_on between :since and :today
                                 and e.status <> 'CANCELLED')
                order by n limit :shown)""";
    }

    private static String reportsDue(Collection<Long> of, MapSqlParameterSource parameters) {
        String filter = "";
        if (of != null) {
            filter = " and a.partner_id in (:reportsOf)";
            parameters.addValue("reportsOf", of);
        }
        return "(select 'REPORT' as kind, row_number() over (order by r.due_on, r.id) as n,"
                + " cast(null as text) as slug, cast(null as text) as name_fr, cast(null as text) as name_nl,"
                + " cast(null as text) as name_en, a.id as ref, cast(a.title as text) as title, r.due_on,"
                + " cast(null as timestamptz) as planned_at, cast(null as text) as channel, cast(null as text) as status"
                + " from project_report r join project_application a on a.id = r.application_id"
                + " where r.received_on is null and r.due_on <= :until" + filter + ")";
    }

    /** Planned, not published: in the coming week, or overdue (a month back). */
    private static final String EDITORIAL_DUE = """
            (select 'EDITORIAL' as kind, row_number() over (order by i.planned_at, i.id) as n,
                    cast(null as text) as slug, cast(null as text) as name_fr, cast(null as text) as name_nl,
                    cast(null as text) as name_en, i.id as ref, cast(i.title as text) as title,
                    cast(null as date) as due_on, i.planned_at, cast(i.channel as text) as channel,
                    cast(i.status as text) as status
               from editorial_item i
              where i.planned_at >= :editorialFrom and i.planned_at < :editorialTo and i.status <> 'PUBLISHED'
              order by n limit :editorialShown)""";

    /**
     * Editions written (an article at least) and not approved yet: what waits for the coordinator, who alone
     * approves (their subject in the reader's language, the French one when it has none yet).
     */
    private static final String EDITIONS_TO_APPROVE = """
            (select 'EDITION' as kind, row_number() over (order by e.created_at, e.id) as n,
                    cast(null as text) as slug, cast(null as text) as name_fr, cast(null as text) as name_nl,
                    cast(null as text) as name_en, e.id as ref,
                    cast(coalesce(nullif(e.subject_%s, ''), e.subject_fr) as text) as title,
                    cast(null as date) as due_on, cast(null as timestamptz) as planned_at, cast(null as text) as channel,
                    cast(e.status as text) as status
               from edition e
              where e.status = 'DRAFT' and exists (select 1 from edition_article a where a.edition_id = e.id))""";

    private static QuietPartner quietPartner(ResultSet row) throws SQLException {
        return new QuietPartner(row.getString("slug"),
                new LocalizedText(row.getString("name_fr"), row.getString("name_nl"), row.getString("name_en")));
    }
}
