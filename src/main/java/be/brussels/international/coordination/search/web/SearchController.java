package be.brussels.international.coordination.search.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import be.brussels.international.coordination.shared.PageLinks;
import be.brussels.international.coordination.shared.SearchHit;
import be.brussels.international.coordination.shared.SearchResults;
import be.brussels.international.coordination.shared.SearchSource;
import be.brussels.international.coordination.shared.SearchTerms;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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

    private final List<SearchSource> sources;

    SearchController(List<SearchSource> sources) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(SearchSource::order)).toList();
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String typed,
            @RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") String page,
            Locale locale, Model model) {
        SearchTerms terms = SearchTerms.of(typed);
        model.addAttribute("q", terms.phrase());
        model.addAttribute("kinds", sources.stream().map(SearchSource::kind).toList());
        if (terms.isEmpty()) {
            return "search/results";
        }
        Optional<SearchSource> chosen = sources.stream().filter(s -> s.kind().equals(kind)).findFirst();
        if (chosen.isPresent()) {
            SearchSource source = chosen.get();
            long count = source.count(terms);
            PageRequest request = PageRequest.of(pageNumber(page, count), PAGE_SIZE);
            List<SearchHit> hits = source.find(terms, (int) request.getOffset(), PAGE_SIZE, locale).hits();
            model.addAttribute("kind", source.kind());
            model.addAttribute("groups", List.of(new Group(source.kind(), count, hits, null)));
            model.addAttribute("paging", PageLinks.of(new PageImpl<>(hits, request, count)));
            return "search/results";
        }
        List<Group> groups = sources.stream().map(source -> {
            SearchResults best = source.find(terms, 0, PER_KIND, locale);
            return new Group(source.kind(), best.total(), best.hits(),
                    best.total() > PER_KIND ? moreUrl(terms, source) : null);
        }).toList();
        model.addAttribute("groups", groups);
        model.addAttribute("total", groups.stream().mapToLong(Group::count).sum());
        return "search/results";
    }

    /**
     * The header search's suggestions as one types (an htmx fragment under the box): the best few of each kind
     * that has any, and a link to every result. Nothing under two characters.
     */
    @GetMapping("/search/suggestions")
    String suggestions(@RequestParam(name = "q", required = false) String typed, Locale locale, Model model) {
        SearchTerms terms = SearchTerms.of(typed);
        List<Group> groups = terms.phrase().length() < MIN_SUGGESTED ? List.of() : sources.stream().map(source -> {
            SearchResults best = source.find(terms, 0, SUGGESTED_PER_KIND, locale);
            return new Group(source.kind(), best.total(), best.hits(), null);
        }).filter(group -> !group.hits().isEmpty()).toList();
        model.addAttribute("q", terms.phrase());
        model.addAttribute("groups", groups);
        model.addAttribute("searched", terms.phrase().length() >= MIN_SUGGESTED);
        model.addAttribute("allUrl", UriComponentsBuilder.fromPath("/search").queryParam("q", "{q}").encode()
                .buildAndExpand(terms.phrase()).toUriString());
        return "search/suggestions :: suggestions";
    }

    /** A page number out of range (or not a number) shows the nearest page rather than an error. */
    private static int pageNumber(String page, long count) {
        int last = (int) Math.max(0, (count - 1) / PAGE_SIZE);
        try {
            return Math.min(Math.max(0, Integer.parseInt(page.strip())), last);
        }
        catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static String moreUrl(SearchTerms terms, SearchSource source) {
        return UriComponentsBuilder.fromPath("/search").queryParam("q", "{q}")
                .queryParam("kind", source.kind()).encode().buildAndExpand(terms.phrase()).toUriString();
    }
}
