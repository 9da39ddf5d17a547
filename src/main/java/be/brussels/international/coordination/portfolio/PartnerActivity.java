package be.brussels.international.coordination.portfolio;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.shared.LocalizedText;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's events and, for a development-cooperation partner, its funded projects, as its page lists them
 * (title, date or call year, link): one statement. Read as entities they were a statement each, a sixth on a
 * development-cooperation partner's page (issue 23: at most five).
 */
@Component
@PreAuthorize("hasRole('STAFF')")
class PartnerActivity {

    /** An event the partner took part in (cancelled ones too: the page says what was planned). */
    public record EventLine(long id, LocalizedText title, LocalDate startsOn) {
    }

    /** A funded project of the partner (granted, in progress or closed), with its call's year. */
    public record ProjectLine(long id, String title, int year, BigDecimal granted) {
    }

    public record Activity(List<EventLine> events, List<ProjectLine> projects) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    PartnerActivity(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest {@code eventsShown} events of the partner, latest first; its projects, latest first. */
    @Transactional(readOnly = true)
    public Activity of(Partner partner, int eventsShown) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("partner", partner.getId())
                .addValue("shown", eventsShown);
        String events = """
                (select 'EVENT' as kind, row_number() over (order by e.starts_on desc, e.id desc) as n, e.id,
                        e.title_fr, e.title_nl, e.title_en, e.starts_on, cast(null as integer) as year,
                        cast(null as numeric) as granted
                   from large_event e join large_event_partner ep on ep.event_id = e.id
                  where ep.partner_id = :partner
                  order by n limit :shown)""";
        // Projects are of development-cooperation partners only (PartnersWithProjects): none asked for the others.
        String projects = """
                 union all
                (select 'PROJECT', row_number() over (order by a.id desc), a.id, a.title, null, null, null, c.year,
                        a.granted
                   from project_application a join call_for_projects c on c.id = a.call_id
                  where a.partner_id = :partner and a.status in ('GRANTED', 'IN_PROGRESS', 'CLOSED'))""";
        List<EventLine> eventLines = new ArrayList<>();
        List<ProjectLine> projectLines = new ArrayList<>();
        jdbc.query("select * from (" + events + (partner.isDevelopmentCooperation() ? projects : "")
                + ") activity order by kind, n", parameters, (ResultSet row) -> {
                    if ("EVENT".equals(row.getString("kind"))) {
                        eventLines.add(new EventLine(row.getLong("id"), new LocalizedText(row.getString("title_fr"),
                                row.getString("title_nl"), row.getString("title_en")),
                                row.getObject("starts_on", LocalDate.class)));
                    } else {
                        // A project's title comes in the first title column (the union's columns are the events').
                        projectLines.add(new ProjectLine(row.getLong("id"), row.getString("title_fr"),
                                row.getInt("year"), row.getBigDecimal("granted")));
                    }
                });
        return new Activity(eventLines, projectLines);
    }
}
