package be.brussels.international.coordination.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.StringJoiner;

import be.brussels.international.coordination.shared.QueryFunctions;
import be.brussels.international.coordination.shared.SearchHit;
import be.brussels.international.coordination.shared.SearchQuery;
import be.brussels.international.coordination.shared.SearchResults;
import be.brussels.international.coordination.shared.SearchSource;
import be.brussels.international.coordination.shared.SearchTerms;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dossiers by code, title, partner or current holder: "vandernoot" finds the dossiers Florence Vandernoot
 * holds today.
 */
@Component
class DossierSearch implements SearchSource {

    private static final String CURRENT = "a.valid_from <= :today and (a.valid_to is null or a.valid_to > :today)";

    private final NamedParameterJdbcTemplate jdbc;

    private final Clock clock;

    DossierSearch(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "dossiers";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public long count(SearchTerms terms) {
        return jdbc.queryForObject("select count(*) from dossier d where " + matching(terms), parameters(terms),
                Long.class);
    }

    @Override
    @PreAuthorize("hasRole('STAFF')")
    public SearchQuery query(SearchTerms terms, Locale locale) {
        String language = SearchTerms.language(locale);
        String sql = "select " + SearchResults.TOTAL + ", d.code, coalesce(p.name_" + language + ", d.title_" + language
                + ") as title, (select string_agg(s.first_name || ' ' || s.last_name, ', '"
                + " order by " + QueryFunctions.sortKey("s.last_name") + ", " + QueryFunctions.sortKey("s.first_name") + ")"
                + " from assignment a join staff_member s on s.id = a.staff_member_id where a.dossier_id = d.id and "
                + CURRENT + ") as names from dossier d left join partner p on p.id = d.partner_id where "
                + matching(terms) + " order by " + terms.nameRank("coalesce(p.sort_name_" + language + ", d.code)")
                + " desc, d.code limit :limit offset :offset";
        return new SearchQuery(sql, parameters(terms), row -> new SearchHit(row.string("title"),
                        row.string("names") == null ? "" : row.string("names"),
                        "/dossiers/" + row.string("code")));
    }

    /**
     * Every word found in the dossier's own text, its partner's names or a current holder's name: each through
     * its own trigram index, rather than one text put together for every dossier. The ids found are read as one
     * array ({@code d.id = any(array(...))}), which the planner looks up in the primary key: written
     * {@code d.id in (...)}, the generic plan PostgreSQL keeps for the prepared statement read every dossier
     * (measured with pgbench at 10×: 1.6 ms a search, 0.4 ms now, as at 1×).
     */
    private static String matching(SearchTerms terms) {
        StringJoiner all = new StringJoiner(" and ", "(", ")");
        for (int i = 0; i < terms.words().size(); i++) {
            String pattern = terms.pattern(i);
            all.add("d.id = any(array(select own.id from dossier own where own.search_text like " + pattern
                    + " union all select byPartner.id from dossier byPartner join partner named"
                    + " on named.id = byPartner.partner_id where named.search_text like " + pattern
                    + " union all select a.dossier_id from assignment a join staff_member s on s.id = a.staff_member_id"
                    + " where s.search_text like " + pattern + " and " + CURRENT + "))");
        }
        return all.toString();
    }

    private MapSqlParameterSource parameters(SearchTerms terms) {
        return terms.parameters().addValue("today", LocalDate.now(clock));
    }
}
