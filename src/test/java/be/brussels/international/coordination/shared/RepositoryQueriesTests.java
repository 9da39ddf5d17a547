package be.brussels.international.coordination.shared;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.query.QueryProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Spring Data's reading of a repository's query is put off until the query is needed, and made once; once the
 * application is ready, a query made is read at once; one that cannot be read is told. (That every query of the
 * application can be read: RepositoryQueriesReadTests.)
 */
class RepositoryQueriesTests {

    /** Spring Data's own choice of grammar, counting the queries it reads. */
    private final AtomicInteger reads = new AtomicInteger();

    private final QueryEnhancerSelector counting = query -> {
        QueryEnhancerFactory spring = QueryEnhancerSelector.DEFAULT_SELECTOR.select(query);
        return new QueryEnhancerFactory() {
            @Override
            public boolean supports(DeclaredQuery declared) {
                return spring.supports(declared);
            }

            @Override
            public QueryEnhancer create(QueryProvider provider) {
                reads.incrementAndGet();
                return spring.create(provider);
            }
        };
    };

    private final RepositoryQueries queries = new RepositoryQueries(counting);

    private QueryEnhancer enhancer(String jpql) {
        DeclaredQuery query = DeclaredQuery.jpqlQuery(jpql);
        return queries.select(query).create(query);
    }

    @Test
    void aQueryIsReadWhenFirstNeededAndOnce() {
        QueryEnhancer enhancer = enhancer("select p from Partner p where p.slug = :slug");
        assertThat(reads).hasValue(0);
        assertThat(queries.unread()).containsExactly("select p from Partner p where p.slug = :slug");

        assertThat(enhancer.detectAlias()).isEqualTo("p");
        assertThat(enhancer.hasConstructorExpression()).isFalse();
        assertThat(enhancer.createCountQueryFor(null)).containsIgnoringCase("count(p)");
        assertThat(reads).hasValue(1);
        assertThat(queries.unread()).isEmpty();
    }

    @Test
    void onceReadyAQueryIsReadWhenMadeAsSpringDataDoes() {
        enhancer("select p from Partner p");
        queries.onApplicationEvent(ready());
        assertThat(reads).hasValue(0);
        enhancer("select a from Agreement a");
        assertThat(reads).hasValue(1);
        queries.readWaiting();
        assertThat(reads).hasValue(2);
        assertThat(queries.unread()).isEmpty();
    }

    private static ApplicationReadyEvent ready() {
        return new ApplicationReadyEvent(new SpringApplication(), new String[0], new GenericApplicationContext(), null);
    }

    @Test
    void aQuerySpringDataCannotReadIsToldAndFailsWhenRun() {
        QueryEnhancer broken = enhancer("select p frm Partner p where");
        assertThat(reads).hasValue(0);

        queries.readWaiting();
        assertThat(queries.unreadable()).containsExactly("select p frm Partner p where");
        assertThatThrownBy(broken::detectAlias).isInstanceOf(RuntimeException.class);
    }
}
