package be.brussels.international.coordination.partner;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import be.brussels.international.coordination.shared.SearchHit;
import org.springframework.context.MessageSource;
import be.brussels.international.coordination.shared.SearchQuery;
import be.brussels.international.coordination.shared.SearchResults;
import be.brussels.international.coordination.shared.SearchSource;
import be.brussels.international.coordination.shared.SearchTerms;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners by any of their names in the three languages ("pekin", "peking", "beijing"); former partners too,
 * marked as such.
 */
@Component
class PartnerSearch implements SearchSource {

    private final NamedParameterJdbcTemplate jdbc;

    private final MessageSource messages;

    PartnerSearch(NamedParameterJdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return "partners";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public long count(SearchTerms terms) {
        return jdbc.queryForObject("select count(*) from partner p where " + terms.matches("p.search_text"),
                terms.parameters(), Long.class);
    }

    @Override
    @PreAuthorize("hasRole('STAFF')")
    public SearchQuery query(SearchTerms terms, Locale locale) {
        String language = SearchTerms.language(locale);
        String sql = "select " + SearchResults.TOTAL + ", p.slug, p.name_" + language + " as name, p.name_fr, p.name_nl, p.name_en,"
                + " p.ended_on is not null as former from partner p"
                + " where " + terms.matches("p.search_text")
                + " order by greatest(" + terms.nameRank("p.sort_name_fr") + ", " + terms.nameRank("p.sort_name_nl")
                + ", " + terms.nameRank("p.sort_name_en") + ", " + terms.nameRank("p.slug") + ") desc, "
                + terms.closeness("p.search_text") + " desc, p.sort_name_" + language + ", p.id"
                + " limit :limit offset :offset";
        return new SearchQuery(sql, terms.parameters(), row -> {
            String name = row.string("name");
            Set<String> otherNames = new LinkedHashSet<>(
                    List.of(row.string("name_fr"), row.string("name_nl"), row.string("name_en")));
            otherNames.remove(name);
            if (row.bool("former")) {
                otherNames.add(messages.getMessage("partner.former", null, locale));
            }
            return new SearchHit(name, String.join(" · ", otherNames), "/partners/" + row.string("slug"));
        });
    }
}
