package be.brussels.international.coordination.search.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import be.brussels.international.coordination.search.SiteSearch;
import be.brussels.international.coordination.shared.PageLinks;
import be.brussels.international.coordination.shared.SearchHit;
import be.brussels.international.coordination.shared.SearchSource;
import be.brussels.international.coordination.shared.SearchTerms;
import be.brussels.international.coordination.web.CachedPage;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The results of the header search: the best few of every kind with how many there are in all, or every
 * result of one kind, page by page. A plain GET form: bookmarkable, and it works without JavaScript.
 */
@Controller
class SearchController {

    static final int PER_KIND = 5;

    static final int PAGE_SIZE = 20;

    static final int SUGGESTED_PER_KIND = 3;

    static final int MIN_SUGGESTED = 2;

    /** One kind's results on the page. */
    record Group(String kind, long count, List<SearchHit> hits, String moreUrl) {
    }

    private final SiteSearch search;

    SearchController(SiteSearch search) {
        this.search = search;
    }

    @CachedPage
    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String typed,
            @RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") String page,
            Locale locale, Model model) {
        SearchTerms terms = SearchTerms.of(typed);
        model.addAttribute("q", terms.phrase());
        model.addAttribute("kinds", search.kinds());
        if (terms.isEmpty()) {
            return "search/results";
        }
        Optional<SearchSource> chosen = search.source(kind);
        if (chosen.isPresent()) {
            Page<SearchHit> hits = search.page(chosen.get(), terms, pageNumber(page), PAGE_SIZE, locale);
            model.addAttribute("kind", kind);
            model.addAttribute("groups", List.of(new Group(kind, hits.getTotalElements(), hits.getContent(), null)));
            model.addAttribute("paging", PageLinks.of(hits));
            return "search/results";
        }
        List<Group> groups = search.best(terms, PER_KIND, locale).stream()
                .map(best -> new Group(best.kind(), best.results().total(), best.results().hits(),
                        best.results().total() > PER_KIND ? moreUrl(terms, best.kind()) : null))
                .toList();
        model.addAttribute("groups", groups);
        model.addAttribute("total", groups.stream().mapToLong(Group::count).sum());
        return "search/results";
    }

    /**
     * The header search's suggestions as one types (an htmx fragment under the box): the best few of each kind
     * that has any, and a link to every result. Nothing under two characters.
     */
    @CachedPage
    @GetMapping("/search/suggestions")
    String suggestions(@RequestParam(name = "q", required = false) String typed, Locale locale, Model model) {
        SearchTerms terms = SearchTerms.of(typed);
        List<Group> groups = terms.phrase().length() < MIN_SUGGESTED ? List.of()
                : search.best(terms, SUGGESTED_PER_KIND, locale).stream()
                        .filter(best -> !best.results().hits().isEmpty())
                        .map(best -> new Group(best.kind(), best.results().total(), best.results().hits(), null))
                        .toList();
        model.addAttribute("q", terms.phrase());
        model.addAttribute("groups", groups);
        model.addAttribute("searched", terms.phrase().length() >= MIN_SUGGESTED);
        model.addAttribute("allUrl", UriComponentsBuilder.fromPath("/search").queryParam("q", "{q}").encode()
                .buildAndExpand(terms.phrase()).toUriString());
        return "search/suggestions :: suggestions";
    }

    /** A page number that is not a number shows the first page (one out of range, the nearest: SiteSearch). */
    private static int pageNumber(String page) {
        try {
            return Integer.parseInt(page.strip());
        }
        catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static String moreUrl(SearchTerms terms, String kind) {
        return UriComponentsBuilder.fromPath("/search").queryParam("q", "{q}")
                .queryParam("kind", kind).encode().buildAndExpand(terms.phrase()).toUriString();
    }
}
