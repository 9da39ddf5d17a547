package be.brussels.international.coordination.shared;

import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list whose rows were counted only up to a limit beyond the page: when {@link #isCapped()}, the
 * total is "more than" {@link #getTotalElements()}, and the list goes on past the last page it knows of.
 * Shown by {@link PageLinks} as "1–20 of more than 1 020".
 */
public class CappedPage<T> extends PageImpl<T> {

    private final boolean capped;

    public CappedPage(List<T> content, Pageable pageable, long counted, boolean capped) {
        super(content, pageable, counted);
        this.capped = capped;
    }

    public boolean isCapped() {
        return capped;
    }

    @Override
    public boolean hasNext() {
        return capped || super.hasNext();
    }
}
