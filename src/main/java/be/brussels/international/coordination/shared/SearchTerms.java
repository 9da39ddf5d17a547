package be.brussels.international.coordination.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * What was typed in the search box, cut into words, with the SQL that finds them in a row's
 * {@code search_text} (lower-cased and unaccented by the database, see V15__search.sql). Every typed character
 * is a bound parameter; {@code %} and {@code _} are characters to look for, not wildcards.
 */
public final class SearchTerms {

    /** More words than this narrow nothing further and only slow the query. */
    static final int MAX_WORDS = 8;

    static final int MAX_LENGTH = 200;

    private final String phrase;

    private final List<String> words;

    private SearchTerms(String phrase, List<String> words) {
        this.phrase = phrase;
        this.words = words;
    }

    public static SearchTerms of(String typed) {
        // Composed accents ("e" + U+0301 becomes "é", which unaccent knows); control characters (NUL, which
        // PostgreSQL refuses in text) become spaces.
        String phrase = typed == null ? ""
                : Normalizer.normalize(typed, Normalizer.Form.NFC).replaceAll("\\p{Cntrl}", " ").strip()
                        .replaceAll("\\s+", " ");
        if (phrase.length() > MAX_LENGTH) {
            phrase = phrase.substring(0, MAX_LENGTH).strip();
        }
        List<String> words = phrase.isEmpty() ? List.of()
                : Arrays.stream(phrase.split(" ")).distinct().limit(MAX_WORDS).toList();
        return new SearchTerms(phrase, words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    public String phrase() {
        return phrase;
    }

    public List<String> words() {
        return words;
    }

    /** {@code column like '%word%'} for every word: the row matches when it holds all of them. */
    public String matches(String column) {
        StringJoiner all = new StringJoiner(" and ", "(", ")");
        for (int i = 0; i < words.size(); i++) {
            all.add(column + " like " + pattern(i) + " escape '\\'");
        }
        return all.toString();
    }

    /**
     * The SQL pattern ({@code '%word%'}, normalized) of the i-th word, for conditions {@link #matches} cannot
     * write. A scalar subquery, computed once per query: the trigram index finds candidates with it, and every
     * candidate is checked again against it; written inline, the generic plan of a prepared statement
     * unaccented the word again for each one (pgbench at 10×: 2.0 → 1.8 ms for the visits of "quebec").
     */
    public String pattern(int word) {
        return "(select '%' || lower(f_unaccent(:word" + word + ")) || '%')";
    }

    /**
     * The whole phrase, normalized as the search texts are: compare it with a normalized name. A scalar
     * subquery, so that PostgreSQL normalizes it once per query: in the generic plan of a prepared statement
     * it was normalized again for every row matched (176 visits for "quebec" at 10×).
     */
    public String normalizedPhrase() {
        return "(select lower(f_unaccent(:phrase)))";
    }

    /** A rank for ordering: 2 when the name is exactly what was typed, 1 when it starts with it, else 0. */
    public String nameRank(String normalizedName) {
        return "(case when " + normalizedName + " = " + normalizedPhrase() + " then 2 when " + normalizedName
                + " like (select lower(f_unaccent(:phrasePrefix)) || '%') escape '\\' then 1 else 0 end)";
    }

    /** Closeness of the row's text to the phrase (trigram similarity, 0 to 1). */
    public String closeness(String column) {
        return "similarity(" + column + ", " + normalizedPhrase() + ")";
    }

    public MapSqlParameterSource parameters() {
        MapSqlParameterSource parameters = new MapSqlParameterSource("phrase", phrase)
                .addValue("phrasePrefix", escapeLike(phrase));
        for (int i = 0; i < words.size(); i++) {
            parameters.addValue("word" + i, escapeLike(words.get(i)));
        }
        return parameters;
    }

    /** The column suffix of the reader's language ({@code name_fr}...): one of a closed set, safe in SQL. */
    public static String language(Locale locale) {
        return Languages.of(locale);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
