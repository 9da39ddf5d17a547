package be.brussels.international.coordination.staff;

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

/** Members of the cell by first name, last name or username ("vandernoot"). */
@Component
class StaffSearch implements SearchSource {

    private final NamedParameterJdbcTemplate jdbc;

    StaffSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "staff";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public long count(SearchTerms terms) {
        return jdbc.queryForObject("select count(*) from staff_member s where " + terms.matches("s.search_text"),
                terms.parameters(), Long.class);
    }

    @Override
    @PreAuthorize("hasRole('STAFF')")
    public SearchQuery query(SearchTerms terms, Locale locale) {
        String sql = "select " + SearchResults.TOTAL + ", s.username, s.first_name, s.last_name, s.title_" + SearchTerms.language(locale)
                + " as title from staff_member s where " + terms.matches("s.search_text")
                + " order by greatest(" + terms.nameRank("lower(f_unaccent(s.last_name))") + ", "
                + terms.nameRank("lower(f_unaccent(s.first_name || ' ' || s.last_name))") + ") desc, "
                + terms.closeness("s.search_text") + " desc, s.left_on desc nulls first, lower(s.last_name), s.id"
                + " limit :limit offset :offset";
        return new SearchQuery(sql, terms.parameters(), row -> new SearchHit(row.string("first_name") + " " + row.string("last_name"),
                        row.string("title"), "/staff/" + row.string("username")));
    }
}
