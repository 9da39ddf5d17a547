package be.brussels.international.coordination.shared;

import java.util.Locale;

/**
 * One kind of thing the header search finds (partners, staff, visits...), contributed by the module that
 * owns it: the module knows its tables, its pages and who may read them. The search page asks every source
 * for its query and runs them together, and pages through one kind when the reader chooses it.
 */
public interface SearchSource {

    /** The kind's key, in URLs ({@code ?kind=visits}) and messages ({@code search.kind.visits}). */
    String kind();

    /** Where the kind's results come on the page: the lower, the higher. */
    int order();

    long count(SearchTerms terms);

    /**
     * How to find the hits for these terms, best first (an exact name before a partial one), with how many there are
     * in all (zero when the offset is past the last). Checks that the reader may read the kind.
     */
    SearchQuery query(SearchTerms terms, Locale locale);
}
