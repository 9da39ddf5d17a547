package be.brussels.international.coordination.shared;

import java.time.LocalDate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One row of a {@link SearchQuery}, its columns by name (read from the row as PostgreSQL gave it in JSON). */
public final class SearchRow {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode columns;

    private SearchRow(JsonNode columns) {
        this.columns = columns;
    }

    /** The row PostgreSQL wrote as a JSON object ({@code to_jsonb}). */
    public static SearchRow of(String json) {
        return new SearchRow(JSON.readTree(json));
    }

    /** A text column, or null. */
    public String string(String column) {
        JsonNode value = columns.get(column);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** A date column, or null. */
    public LocalDate date(String column) {
        String value = string(column);
        return value == null ? null : LocalDate.parse(value);
    }

    public boolean bool(String column) {
        return columns.path(column).asBoolean();
    }

    public long number(String column) {
        return columns.path(column).asLong();
    }
}
