package be.brussels.international.coordination.agreement;

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

/** Agreements by title (in the three languages), place or year of signature. */
@Component
class AgreementSearch implements SearchSource {

    private final NamedParameterJdbcTemplate jdbc;

    AgreementSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "agreements";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public long count(SearchTerms terms) {
        return jdbc.queryForObject("select count(*) from agreement a where " + terms.matches("a.search_text"),
                terms.parameters(), Long.class);
    }

    @Override
    @PreAuthorize("hasRole('STAFF')")
    public SearchQuery query(SearchTerms terms, Locale locale) {
        String language = SearchTerms.language(locale);
        String sql = "select " + SearchResults.TOTAL + ", a.id, a.title_" + language + " as title, a.signed_on, p.name_" + language
                + " as partner from agreement a join partner p on p.id = a.partner_id where "
                + terms.matches("a.search_text") + " order by "
                + terms.nameRank("lower(f_unaccent(a.title_" + language + "))")
                + " desc, a.signed_on desc nulls last, a.id"
                + " limit :limit offset :offset";
        return new SearchQuery(sql, terms.parameters(), row -> new SearchHit(row.string("title"),
                        row.string("partner") + (row.date("signed_on") == null ? ""
                                : " · " + SearchHit.date(row.date("signed_on"), locale)),
                        "/agreements/" + row.number("id")));
    }
}
