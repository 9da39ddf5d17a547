package be.brussels.international.coordination.visit;

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

/**
 * Visits by title, partner, origin, year, head of delegation or member ("quebec 2027"). The searched text is
 * kept by the database (V15__search.sql), members included.
 */
@Component
class VisitSearch implements SearchSource {

    private final NamedParameterJdbcTemplate jdbc;

    VisitSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "visits";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public long count(SearchTerms terms) {
        return jdbc.queryForObject("select count(*) from delegation_visit v where " + terms.matches("v.search_text"),
                terms.parameters(), Long.class);
    }

    @Override
    @PreAuthorize("hasRole('STAFF')")
    public SearchQuery query(SearchTerms terms, Locale locale) {
        String sql = "select " + SearchResults.TOTAL + ", v.id, v.title, v.starts_on, coalesce(p.name_" + SearchTerms.language(locale)
                + ", v.origin) as partner from delegation_visit v left join partner p on p.id = v.partner_id where "
                + terms.matches("v.search_text") + " order by " + terms.nameRank("lower(f_unaccent(v.title))")
                + " desc, v.starts_on desc, v.id desc"
                + " limit :limit offset :offset";
        return new SearchQuery(sql, terms.parameters(), row -> new SearchHit(row.string("title"),
                        row.string("partner") + " · " + SearchHit.date(row.date("starts_on"), locale),
                        "/visits/" + row.number("id")));
    }
}
