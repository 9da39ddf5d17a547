package be.brussels.international.coordination.shared;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowMapper;

/**
 * Some hits of one kind and how many there are in all, from one query: the sources select
 * {@code count(*) over () as total} beside each hit, so the search page costs one statement a kind.
 */
public record SearchResults(List<SearchHit> hits, long total) {

    /** What {@link SearchSource#find} selects beside the columns of each hit. */
    public static final String TOTAL = "count(*) over () as total";

    public static ResultSetExtractor<SearchResults> extractor(RowMapper<SearchHit> hit) {
        return rows -> {
            List<SearchHit> hits = new ArrayList<>();
            long total = 0;
            while (rows.next()) {
                total = rows.getLong("total");
                hits.add(hit.mapRow(rows, hits.size()));
            }
            return new SearchResults(hits, total);
        };
    }
}
