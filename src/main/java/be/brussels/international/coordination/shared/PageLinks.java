package be.brussels.international.coordination.shared;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.data.domain.Page;

/**
 * Links to the pages of a paginated list that keep every filter of the current request (bookmarkable
 * lists). Rendered by the {@code fragments/pagination} fragment.
 */
public record PageLinks(int number, int totalPages, long totalElements, boolean totalIsLowerBound, int from, int to,
        String previous, String next, List<Link> pages) {

    public record Link(int number, String url, boolean current) {
    }

    private static final int WINDOW = 3;

    /**
     * The links of this page of a list; a page past the last of a list that has rows ({@code ?page=999}) is not
     * shown empty, « nothing matches these filters », but sent to the last page ({@link PastTheLastPage}).
     */
    public static PageLinks of(Page<?> page) {
        int current = page.getNumber();
        int total = page.getTotalPages();
        boolean capped = page instanceof CappedPage<?> cappedPage && cappedPage.isCapped();
        if (!page.hasContent() && current > 0 && page.getTotalElements() > 0 && !capped) {
            throw new PastTheLastPage(url(total - 1));
        }
        int first = Math.max(0, current - WINDOW);
        int last = Math.min(total - 1, current + WINDOW);
        List<Link> links = IntStream.rangeClosed(first, last).mapToObj(n -> new Link(n + 1, url(n), n == current))
                .toList();
        int from = page.getNumberOfElements() == 0 ? 0 : (int) page.getPageable().getOffset() + 1;
        int to = from == 0 ? 0 : from + page.getNumberOfElements() - 1;
        return new PageLinks(current + 1, total, page.getTotalElements(), capped, from, to,
                page.hasPrevious() ? url(current - 1) : null, page.hasNext() ? url(current + 1) : null, links);
    }

    /** The current path and query with another page number (and without a language switch to repeat). */
    private static String url(int page) {
        return CurrentUrl.with(url -> url.replaceQueryParam("page", page));
    }

    /** A page asked for past the last one of its list: the list's last page, at {@code lastPage}. */
    public static final class PastTheLastPage extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String lastPage;

        PastTheLastPage(String lastPage) {
            super("Past the last page, which is " + lastPage, null, false, false);
            this.lastPage = lastPage;
        }

        public String getLastPage() {
            return lastPage;
        }
    }

    public boolean hasSeveralPages() {
        return totalPages > 1;
    }
}
