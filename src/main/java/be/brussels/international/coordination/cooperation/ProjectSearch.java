package be.brussels.international.coordination.cooperation;

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

/** Projects submitted to the calls, by title or applicant. */
@Component
class ProjectSearch implements SearchSource {

    private final NamedParameterJdbcTemplate jdbc;

    ProjectSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "projects";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public long count(SearchTerms terms) {
        return jdbc.queryForObject("select count(*) from project_application a where " + terms.matches("a.search_text"),
                terms.parameters(), Long.class);
    }

    @Override
    @PreAuthorize("hasRole('STAFF')")
    public SearchQuery query(SearchTerms terms, Locale locale) {
        String sql = "select " + SearchResults.TOTAL + ", a.id, a.title, a.applicant, p.name_" + SearchTerms.language(locale) + " as partner"
                + " from project_application a join partner p on p.id = a.partner_id where "
                + terms.matches("a.search_text") + " order by " + terms.nameRank("lower(f_unaccent(a.title))")
                + " desc, a.id desc limit :limit offset :offset";
        return new SearchQuery(sql, terms.parameters(), row -> new SearchHit(row.string("title"),
                        row.string("applicant") + " · " + row.string("partner"),
                        "/projects/" + row.number("id")));
    }
}
