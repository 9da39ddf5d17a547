package be.brussels.international.coordination.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import be.brussels.international.coordination.shared.SearchHit;
import be.brussels.international.coordination.shared.SearchQuery;
import be.brussels.international.coordination.shared.SearchResults;
import be.brussels.international.coordination.shared.SearchRow;
import be.brussels.international.coordination.shared.SearchSource;
import be.brussels.international.coordination.shared.SearchTerms;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The header search over every source. The best hits of every kind come from one statement: each source's query
 * (who may read each kind is checked by the sources themselves, when asked for their query), its rows as JSON, all
 * put one after the other ({@code union all}), numbered in their order. Nine kinds cost one statement, not nine
 * (issue 23: at most five statements a page), on every search page and every suggestion as one types.
 */
@Service
public class SiteSearch {

    /** The best hits of one kind, and how many there are in all. */
    public record Kind(String kind, SearchResults results) {
    }

    private final List<SearchSource> sources;

    private final NamedParameterJdbcTemplate jdbc;

    SiteSearch(List<SearchSource> sources, NamedParameterJdbcTemplate jdbc) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(SearchSource::order)).toList();
        this.jdbc = jdbc;
    }

    /** The kinds, in the order of the page. */
    public List<String> kinds() {
        return sources.stream().map(SearchSource::kind).toList();
    }

    /** The source of this kind, if there is one ({@code ?kind=} comes from the address bar). */
    public Optional<SearchSource> source(String kind) {
        return sources.stream().filter(source -> source.kind().equals(kind)).findFirst();
    }

    /** The first {@code perKind} hits of every kind, kinds in the order of the page. */
    @Transactional(readOnly = true)
    public List<Kind> best(SearchTerms terms, int perKind, Locale locale) {
        List<SearchQuery> queries = sources.stream().map(source -> source.query(terms, locale)).toList();
        MapSqlParameterSource parameters = new MapSqlParameterSource("limit", perKind).addValue("offset", 0);
        StringBuilder sql = new StringBuilder("select source, hit from (");
        for (int i = 0; i < queries.size(); i++) {
            sql.append(i == 0 ? "" : " union all ").append("select ").append(i)
                    .append(" as source, row_number() over () as n, to_jsonb(h) as hit from (")
                    .append(queries.get(i).sql()).append(") h");
            add(parameters, queries.get(i).parameters());
        }
        sql.append(") hits order by source, n");
        List<List<SearchHit>> hits = new ArrayList<>();
        long[] totals = new long[queries.size()];
        queries.forEach(query -> hits.add(new ArrayList<>()));
        jdbc.query(sql.toString(), parameters, row -> {
            int source = row.getInt("source");
            SearchRow hit = SearchRow.of(row.getString("hit"));
            totals[source] = hit.number("total");
            hits.get(source).add(queries.get(source).hit().apply(hit));
        });
        List<Kind> kinds = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            kinds.add(new Kind(sources.get(i).kind(), new SearchResults(hits.get(i), totals[i])));
        }
        return kinds;
    }

    /** One page of one kind's hits; a page past the last shows the last. */
    @Transactional(readOnly = true)
    public Page<SearchHit> page(SearchSource source, SearchTerms terms, int page, int size, Locale locale) {
        long count = source.count(terms);
        int last = (int) Math.max(0, (count - 1) / size);
        PageRequest request = PageRequest.of(Math.min(Math.max(0, page), last), size);
        SearchQuery query = source.query(terms, locale);
        List<SearchHit> hits = new ArrayList<>();
        jdbc.query("select to_jsonb(h) as hit from (" + query.sql() + ") h", new MapSqlParameterSource()
                .addValues(query.parameters().getValues()).addValue("limit", size).addValue("offset", request.getOffset()),
                row -> {
                    hits.add(query.hit().apply(SearchRow.of(row.getString("hit"))));
                });
        return new PageImpl<>(hits, request, count);
    }

    /** The queries share the terms' parameters: the same name always carries the same value. */
    private static void add(MapSqlParameterSource all, MapSqlParameterSource more) {
        for (Map.Entry<String, Object> parameter : more.getValues().entrySet()) {
            if (all.hasValue(parameter.getKey())
                    && !Objects.equals(all.getValue(parameter.getKey()), parameter.getValue())) {
                throw new IllegalStateException("Two search queries give :" + parameter.getKey() + " two values");
            }
            all.addValue(parameter.getKey(), parameter.getValue());
        }
    }
}
