package be.brussels.international.coordination.portfolio;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's life in one chronological list, newest first: the notes staff log, the visits, what happened
 * to its agreements, the events it took part in, and the decisions about who holds its dossier. What has no known date comes last. Two statements per page, whatever the
 * length of the history.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('STAFF')")
public class Timeline {

    private static final String ENTRIES = """
            (select n.occurred_on as on_day, 'NOTE' as source, n.kind as code, null as title_fr, null as title_nl,
                    null as title_en, n.summary as text, n.author as who, null as link, n.id as id
             from partner_note n where n.partner_id = ?
             union all
             select v.starts_on, 'VISIT', v.status, v.title, v.title, v.title, v.purpose, v.logged_by,
                    '/visits/' || v.id, v.id
             from delegation_visit v where v.partner_id = ?
             union all
             select e.occurred_on, 'AGREEMENT', coalesce(e.status, e.kind),
                    a.title_fr, a.title_nl, a.title_en, e.note, e.recorded_by, '/agreements/' || a.id, e.id
             from agreement_event e join agreement a on a.id = e.agreement_id where a.partner_id = ?
             union all
             select e.starts_on, 'EVENT', e.kind, e.title_fr, e.title_nl, e.title_en, e.notes, null,
                    '/events/' || e.id, e.id
             from large_event e join large_event_partner lp on lp.event_id = e.id where lp.partner_id = ?
             union all
             select r.effective_on, 'DECISION', r.kind, null, null, null, r.reason, r.decided_by,
                    '/dossiers/' || d.code, r.id
             from reassignment r join dossier d on d.id = r.dossier_id where d.partner_id = ?) as t
            """;

    private final JdbcTemplate jdbc;

    Timeline(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Page<TimelineEntry> of(long partnerId, Pageable pageable) {
        Object[] ids = { partnerId, partnerId, partnerId, partnerId, partnerId };
        Long total = jdbc.queryForObject("select count(*) from " + ENTRIES, Long.class, ids);
        List<TimelineEntry> entries = jdbc.query(
                "select * from " + ENTRIES + " order by on_day desc nulls last, source, id desc limit ? offset ?",
                (row, n) -> new TimelineEntry(row.getObject("on_day", java.time.LocalDate.class),
                        row.getString("source"), row.getString("code"), row.getString("title_fr"),
                        row.getString("title_nl"), row.getString("title_en"), row.getString("text"),
                        row.getString("who"), row.getString("link")),
                partnerId, partnerId, partnerId, partnerId, partnerId, pageable.getPageSize(), pageable.getOffset());
        return new PageImpl<>(entries, pageable, total == null ? 0 : total);
    }
}
