package be.brussels.international.coordination.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.shared.SearchHit;
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
@Transactional(readOnly = true)
class DossierSearch implements SearchSource {

    /** Current holders of each dossier, as one searchable text and one line to show. */
    private static final String FROM = """
            from dossier d
            left join partner p on p.id = d.partner_id
            left join (select a.dossier_id,
                              string_agg(s.first_name || ' ' || s.last_name, ', ' order by s.last_name) as names,
                              string_agg(s.search_text, ' ') as search_text
                         from assignment a join staff_member s on s.id = a.staff_member_id
                        where a.valid_from <= :today and (a.valid_to is null or a.valid_to > :today)
                        group by a.dossier_id) h on h.dossier_id = d.id
            """;

    private static final String TEXT = "concat_ws(' ', d.search_text, p.search_text, h.search_text)";

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
    public long count(SearchTerms terms) {
        return jdbc.queryForObject("select count(*) " + FROM + " where " + terms.matches(TEXT), parameters(terms),
                Long.class);
    }

    @Override
    @PreAuthorize("hasRole('STAFF')")
    public SearchResults find(SearchTerms terms, int offset, int limit, Locale locale) {
        String language = SearchTerms.language(locale);
        String sql = "select " + SearchResults.TOTAL + ", d.code, coalesce(p.name_" + language + ", d.title_" + language + ") as title, h.names "
                + FROM + " where " + terms.matches(TEXT)
                + " order by " + terms.nameRank("coalesce(p.sort_name_" + language + ", d.code)") + " desc, "
                + terms.closeness(TEXT) + " desc, d.code limit :limit offset :offset";
        return jdbc.query(sql, parameters(terms).addValue("limit", limit).addValue("offset", offset),
                SearchResults.extractor((row, n) -> new SearchHit(row.getString("title"),
                        row.getString("names") == null ? "" : row.getString("names"),
                        "/dossiers/" + row.getString("code"))));
    }

    private MapSqlParameterSource parameters(SearchTerms terms) {
        return terms.parameters().addValue("today", LocalDate.now(clock));
    }
}
