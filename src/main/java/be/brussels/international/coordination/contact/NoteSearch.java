package be.brussels.international.coordination.contact;

import java.util.Locale;

import be.brussels.international.coordination.shared.SearchHit;
import be.brussels.international.coordination.shared.SearchQuery;
import be.brussels.international.coordination.shared.SearchResults;
import be.brussels.international.coordination.shared.SearchSource;
import be.brussels.international.coordination.shared.SearchTerms;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notes written after a call, a meeting or a letter, by their text: the beginning of the note, its day,
 * kind, partner and author; the latest first among equally close ones. Opens the partner's timeline.
 */
@Component
class NoteSearch implements SearchSource {

    /** How much of a note the results show. */
    private static final int SHOWN = 140;

    private final NamedParameterJdbcTemplate jdbc;

    private final MessageSource messages;

    NoteSearch(NamedParameterJdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return "notes";
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public long count(SearchTerms terms) {
        return jdbc.queryForObject("select count(*) from partner_note n where " + terms.matches("n.search_text"),
                terms.parameters(), Long.class);
    }

    @Override
    @PreAuthorize("hasRole('STAFF')")
    public SearchQuery query(SearchTerms terms, Locale locale) {
        String sql = "select " + SearchResults.TOTAL + ", left(n.summary, " + (SHOWN + 1) + ") as summary, n.kind,"
                + " n.occurred_on, p.slug, p.name_" + SearchTerms.language(locale) + " as partner,"
                + " coalesce(s.first_name || ' ' || s.last_name, n.author) as author"
                + " from partner_note n join partner p on p.id = n.partner_id"
                + " left join staff_member s on s.username = n.author where " + terms.matches("n.search_text")
                + " order by " + terms.closeness("n.search_text") + " desc, n.occurred_on desc, n.id desc"
                + " limit :limit offset :offset";
        return new SearchQuery(sql, terms.parameters(), row -> {
                    String summary = row.string("summary");
                    String shown = summary.length() > SHOWN ? summary.substring(0, SHOWN).strip() + "…" : summary;
                    String detail = String.join(" · ", SearchHit.date(row.date("occurred_on"), locale),
                            messages.getMessage("note.kind." + row.string("kind"), null, locale),
                            row.string("partner"), row.string("author"));
                    return new SearchHit(shown, detail, "/partners/" + row.string("slug") + "/timeline");
                });
    }
}
