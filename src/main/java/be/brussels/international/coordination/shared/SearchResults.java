package be.brussels.international.coordination.shared;

import java.util.List;

/**
 * Some hits of one kind and how many there are in all, from one query: the sources select
 * {@code count(*) over () as total} beside each hit.
 */
public record SearchResults(List<SearchHit> hits, long total) {

    /** What a {@link SearchQuery} selects beside the columns of each hit. */
    public static final String TOTAL = "count(*) over () as total";
}
