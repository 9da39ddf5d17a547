package be.brussels.international.coordination.search;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import be.brussels.international.coordination.shared.SearchHit;
import be.brussels.international.coordination.shared.SearchResults;
import be.brussels.international.coordination.shared.SearchSource;
import be.brussels.international.coordination.shared.SearchTerms;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The header search over every source, in one read-only transaction a page: one connection and one snapshot
 * for all the kinds, where each source alone would open and commit its own. Who may read each kind is checked
 * by the sources themselves.
 */
@Service
public class SiteSearch {

    /** The best hits of one kind, and how many there are in all. */
    public record Kind(String kind, SearchResults results) {
    }

    private final List<SearchSource> sources;

    SiteSearch(List<SearchSource> sources) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(SearchSource::order)).toList();
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
        return sources.stream().map(source -> new Kind(source.kind(), source.find(terms, 0, perKind, locale)))
                .toList();
    }

    /** One page of one kind's hits; a page past the last shows the last. */
    @Transactional(readOnly = true)
    public Page<SearchHit> page(SearchSource source, SearchTerms terms, int page, int size, Locale locale) {
        long count = source.count(terms);
        int last = (int) Math.max(0, (count - 1) / size);
        PageRequest request = PageRequest.of(Math.min(Math.max(0, page), last), size);
        List<SearchHit> hits = source.find(terms, (int) request.getOffset(), size, locale).hits();
        return new PageImpl<>(hits, request, count);
    }
}
