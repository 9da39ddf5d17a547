package be.brussels.international.coordination.contact;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import be.brussels.international.coordination.shared.SearchHit;
import be.brussels.international.coordination.shared.SearchQuery;
import be.brussels.international.coordination.shared.SearchResults;
import be.brussels.international.coordination.shared.SearchSource;
import be.brussels.international.coordination.shared.SearchTerms;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** People at the partners, by name, function, organisation or e-mail. */
@Component
class ContactSearch implements SearchSource {

    private final NamedParameterJdbcTemplate jdbc;

    ContactSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "contacts";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public long count(SearchTerms terms) {
        return jdbc.queryForObject("select count(*) from partner_contact c where " + terms.matches("c.search_text"),
                terms.parameters(), Long.class);
    }

    @Override
    @PreAuthorize("hasRole('STAFF')")
    public SearchQuery query(SearchTerms terms, Locale locale) {
        String sql = "select " + SearchResults.TOTAL + ", c.name, c.function, c.organisation, p.slug, p.name_" + SearchTerms.language(locale)
                + " as partner from partner_contact c join partner p on p.id = c.partner_id where "
                + terms.matches("c.search_text") + " order by " + terms.nameRank("lower(f_unaccent(c.name))")
                + " desc, " + terms.closeness("c.search_text") + " desc, (c.to_on is null) desc, c.name, c.id"
                + " limit :limit offset :offset";
        return new SearchQuery(sql, terms.parameters(), row -> new SearchHit(row.string("name"),
                        Stream.of(row.string("function"), row.string("organisation"), row.string("partner"))
                                .filter(Objects::nonNull).collect(Collectors.joining(" · ")),
                        "/partners/" + row.string("slug") + "#contacts"));
    }
}
