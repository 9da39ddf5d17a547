package be.brussels.international.coordination.shared;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A page's reads in one read-only transaction: one connection from the pool and one commit, where each service a
 * controller calls would take and commit its own (a list, its filters' choices, the holders of what it shows).
 * For the pages that gather from several services without a page service of their own (the home page, a partner's
 * and a person's page have one). {@code PageTransactionsTests} counts the connections.
 */
@Component
public class PageReads {

    @Transactional(readOnly = true)
    public <T> T of(Supplier<T> reads) {
        return reads.get();
    }
}
