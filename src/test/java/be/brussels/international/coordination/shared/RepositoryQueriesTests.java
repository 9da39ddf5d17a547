package be.brussels.international.coordination.shared;

import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.query.QueryProvider;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.RepositoryQuery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A repository's query is made when its method is first called, once; Spring Data's reading of a query is put off
 * until needed, and done once; one that cannot be made or read is told, and fails when called. (That every query of
 * the application can be made and read: RepositoryQueriesMadeTests.)
 */
class RepositoryQueriesTests {

    /** Spring Data's own choice of grammar, counting the queries it reads. */
    private final AtomicInteger reads = new AtomicInteger();

    private final QueryEnhancerSelector counting = query -> {
        QueryEnhancerFactory chosen = QueryEnhancerSelector.DEFAULT_SELECTOR.select(query);
        return new QueryEnhancerFactory() {
            @Override
            public boolean supports(DeclaredQuery declared) {
                return chosen.supports(declared);
            }

            @Override
            public QueryEnhancer create(QueryProvider provider) {
                reads.incrementAndGet();
                return chosen.create(provider);
            }
        };
    };

    private final RepositoryQueries queries = new RepositoryQueries(counting);

    /** Spring Data's lookup, counting the queries it makes; a method named "broken" cannot be made. */
    private final AtomicInteger made = new AtomicInteger();

    private final QueryLookupStrategy spring = (method, metadata, projections, named) -> {
        if (method.getName().equals("broken")) {
            throw new IllegalStateException("Validation failed for query");
        }
        made.incrementAndGet();
        return new RepositoryQuery() {
            @Override
            public Object execute(Object[] parameters) {
                return "rows of " + method.getName();
            }

            @Override
            public QueryMethod getQueryMethod() {
                return null;
            }
        };
    };

    /** Stand-ins for repository methods. */
    interface Methods {
        void findBySlug();

        void broken();
    }

    private RepositoryQuery lookUp(String name) throws NoSuchMethodException {
        Method method = Methods.class.getDeclaredMethod(name);
        return queries.deferring(spring, (m, metadata, projections) -> null).resolveQuery(method, null, null, null);
    }

    @Test
    void aQueryIsMadeWhenFirstCalledAndOnce() throws Exception {
        RepositoryQuery query = lookUp("findBySlug");
        assertThat(made).hasValue(0);
        assertThat(queries.unmade()).containsExactly("Methods.findBySlug");

        assertThat(query.execute(new Object[0])).isEqualTo("rows of findBySlug");
        assertThat(query.execute(new Object[0])).isEqualTo("rows of findBySlug");
        assertThat(made).hasValue(1);
        assertThat(queries.unmade()).isEmpty();
    }

    @Test
    void everyQueryWaitingCanBeMadeAtOnce() throws Exception {
        lookUp("findBySlug");
        queries.makeWaiting();
        assertThat(made).hasValue(1);
        assertThat(queries.unmade()).isEmpty();
        assertThat(queries.unmakeable()).isEmpty();
    }

    @Test
    void aQueryThatCannotBeMadeIsToldAndFailsWhenCalled() throws Exception {
        RepositoryQuery broken = lookUp("broken");
        queries.makeWaiting();
        assertThat(queries.unmakeable()).containsExactly("Methods.broken");
        assertThatThrownBy(() -> broken.execute(new Object[0])).isInstanceOf(IllegalStateException.class);
    }

    private QueryEnhancer enhancer(String jpql) {
        DeclaredQuery query = DeclaredQuery.jpqlQuery(jpql);
        return queries.select(query).create(query);
    }

    @Test
    void springDataReadsAQueryWhenFirstNeededAndOnce() {
        QueryEnhancer enhancer = enhancer("select p from Partner p where p.slug = :slug");
        assertThat(reads).hasValue(0);
        assertThat(queries.unmade()).containsExactly("select p from Partner p where p.slug = :slug");

        assertThat(enhancer.detectAlias()).isEqualTo("p");
        assertThat(enhancer.hasConstructorExpression()).isFalse();
        assertThat(enhancer.createCountQueryFor(null)).containsIgnoringCase("count(p)");
        assertThat(reads).hasValue(1);
        assertThat(queries.unmade()).isEmpty();
    }

    @Test
    void aQuerySpringDataCannotReadIsToldAndFailsWhenRun() {
        QueryEnhancer broken = enhancer("select p frm Partner p where");
        assertThat(reads).hasValue(0);

        queries.makeWaiting();
        assertThat(queries.unmakeable()).containsExactly("select p frm Partner p where");
        assertThatThrownBy(broken::detectAlias).isInstanceOf(RuntimeException.class);
    }
}
