package be.brussels.international.coordination.shared;

import java.util.function.Function;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * How a {@link SearchSource} finds its hits: a select of the columns a hit is made of, with
 * {@link SearchResults#TOTAL} beside them, best first, paged by {@code :limit} and {@code :offset}; its parameters;
 * and how a row becomes a hit. The search runs the queries of every kind as one statement (each row read as JSON,
 * {@link SearchRow}), so that the header search costs one statement whatever the number of kinds.
 */
public record SearchQuery(String sql, MapSqlParameterSource parameters, Function<SearchRow, SearchHit> hit) {
}
