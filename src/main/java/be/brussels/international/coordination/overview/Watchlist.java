package be.brussels.international.coordination.overview;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

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
 * <li>the project reports not received that are overdue or due within two weeks.</li>
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

    /** The two lists: quiet partners by name in the reader's language, reports due by date. */
    public record Watch(List<QuietPartner> quiet, List<DueReport> dueReports) {
    }

    /** How far ahead reports are announced on the home page. */
    static final int REPORTS_AHEAD_DAYS = 14;

    private static final int QUIET_SHOWN = 100;

    private final NamedParameterJdbcTemplate jdbc;

    private final Clock clock;

    Watchlist(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Of the partners {@code quietAmong} (all of them when null, none when empty), those quiet for that many months;
     * the reports due of the projects of the partners {@code reportsOf} (likewise). No statement when both are empty.
     */
    @Transactional(readOnly = true)
    public Watch of(Collection<Long> quietAmong, Collection<Long> reportsOf, int months, Locale locale) {
        boolean quiet = quietAmong == null || !quietAmong.isEmpty();
        boolean reports = reportsOf == null || !reportsOf.isEmpty();
        if (!quiet && !reports) {
            return new Watch(List.of(), List.of());
        }
        LocalDate today = LocalDate.now(clock);
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
        // Each part numbers its rows in its own order; the union keeps the parts apart and in that order.
        String sql = "select * from (" + String.join(" union all ", parts) + ") watched order by kind, n";
        List<QuietPartner> quietPartners = new ArrayList<>();
        List<DueReport> dueReports = new ArrayList<>();
        jdbc.query(sql, parameters, (ResultSet row) -> {
            if ("QUIET".equals(row.getString("kind"))) {
                quietPartners.add(quietPartner(row));
            } else {
                dueReports.add(new DueReport(row.getLong("project"), row.getString("title"),
                        row.getObject("due_on", LocalDate.class)));
            }
        });
        return new Watch(quietPartners, dueReports);
    }

    /** Partners whose partnership has ended are not going cold: they are gone. */
    private static String quietPartners(Collection<Long> among, MapSqlParameterSource parameters, String language) {
        String filter = "";
        if (among != null) {
            filter = " p.id in (:quietAmong) and";
            parameters.addValue("quietAmong", among);
        }
        return "(select 'QUIET' as kind, row_number() over (order by p.sort_name_" + language + ", p.slug) as n,"
                + " p.slug, p.name_fr, p.name_nl, p.name_en,"
                + " cast(null as bigint) as project, cast(null as text) as title, cast(null as date) as due_on"
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
                + " null, null, null, null, a.id, a.title, r.due_on"
                + " from project_report r join project_application a on a.id = r.application_id"
                + " where r.received_on is null and r.due_on <= :until" + filter + ")";
    }

    private static QuietPartner quietPartner(ResultSet row) throws SQLException {
        return new QuietPartner(row.getString("slug"),
                new LocalizedText(row.getString("name_fr"), row.getString("name_nl"), row.getString("name_en")));
    }
}
