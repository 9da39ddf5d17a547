package be.brussels.international.coordination.event;

import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.shared.SearchHit;
import be.brussels.international.coordination.shared.SearchQuery;
import be.brussels.international.coordination.shared.SearchResults;
import be.brussels.international.coordination.shared.SearchSource;
import be.brussels.international.coordination.shared.SearchTerms;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Large events by title (in the three languages), city or year. */
@Component
class EventSearch implements SearchSource {

    private final NamedParameterJdbcTemplate jdbc;

    EventSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "events";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public long count(SearchTerms terms) {
        return jdbc.queryForObject("select count(*) from large_event e where " + terms.matches("e.search_text"),
                terms.parameters(), Long.class);
    }

    @Override
    @PreAuthorize("hasRole('STAFF')")
    public SearchQuery query(SearchTerms terms, Locale locale) {
        String language = SearchTerms.language(locale);
        String sql = "select " + SearchResults.TOTAL + ", e.id, e.title_" + language + " as title, e.starts_on, e.city from large_event e where "
                + terms.matches("e.search_text") + " order by "
                + terms.nameRank("lower(f_unaccent(e.title_" + language + "))")
                + " desc, e.starts_on desc, e.id desc limit :limit offset :offset";
        return new SearchQuery(sql, terms.parameters(), row -> new SearchHit(row.string("title"),
                        (row.string("city") == null ? "" : row.string("city") + " · ")
                                + SearchHit.date(row.date("starts_on"), locale),
                        "/events/" + row.number("id")));
    }
}
