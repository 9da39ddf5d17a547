package be.brussels.international.coordination.shared;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.query.QueryProvider;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.stereotype.Component;

/**
 * The repositories' declared queries, read by Spring Data when each first runs instead of while the repositories
 * are made at start-up (issue 23).
 * <p>
 * Spring Data reads every {@code @Query} with a grammar of its own when it makes a repository (to find the query's
 * alias and projection, later to derive count queries and apply sorting); that grammar's first readings are slow
 * (ANTLR builds its decision tables as it goes): 1.1–1.4 s of a 6.5 s start on 2 cores, measured
 * (docs/performance.md). Nothing is lost in putting them off: Hibernate still checks every query at start-up (an
 * invalid one still stops the start; that Spring Data can read each is a test, RepositoryQueriesReadTests), and
 * Spring Data reads the same query with the same grammar, only when it first runs it. Measured: the first login,
 * home page and partner page after a start take 0.40–0.43 s (0.75–0.82 s when all were read at start); reading them
 * all on a thread of their own, during the start or once ready, slowed the start or those first pages on two cores.
 */
@Component
class RepositoryQueries implements QueryEnhancerSelector, BeanPostProcessor,
        ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(RepositoryQueries.class);

    private final QueryEnhancerSelector spring;

    private final List<Deferred> waiting = new CopyOnWriteArrayList<>();

    private final List<String> unreadable = new CopyOnWriteArrayList<>();

    private volatile boolean ready;

    RepositoryQueries() {
        this(QueryEnhancerSelector.DEFAULT_SELECTOR);
    }

    /** {@code spring}: the grammar for each query (Spring Data's choice; another in tests). */
    RepositoryQueries(QueryEnhancerSelector spring) {
        this.spring = spring;
    }

    /** Every JPA repository takes its query enhancers from here. */
    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> repository) {
            repository.setQueryEnhancerSelectorSource(this);
        }
        return bean;
    }

    /** Spring Data's own choice of grammar for the query, its reading put off. */
    @Override
    public QueryEnhancerFactory select(DeclaredQuery query) {
        QueryEnhancerFactory chosen = spring.select(query);
        return new QueryEnhancerFactory() {
            @Override
            public boolean supports(DeclaredQuery declared) {
                return chosen.supports(declared);
            }

            @Override
            public QueryEnhancer create(QueryProvider provider) {
                if (ready) { // a query made while the application runs (a sorted one, say): read now, as Spring Data does
                    return chosen.create(provider);
                }
                Deferred deferred = new Deferred(chosen, provider);
                waiting.add(deferred);
                return deferred;
            }
        };
    }

    /**
     * From now on a query made is read at once, as Spring Data does (those put off so far stay put off: the list is
     * then no longer added to).
     */
    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ready = true;
    }

    /**
     * Reads every query put off so far. One Spring Data cannot read is logged and noted ({@link #unreadable()}; its
     * repository method will fail when called, as it failed the start before).
     */
    void readWaiting() {
        List.copyOf(waiting).forEach(this::read);
    }

    private void read(Deferred deferred) {
        if (!waiting.contains(deferred)) {
            return;
        }
        try {
            deferred.read();
        }
        catch (RuntimeException e) {
            unreadable.add(deferred.query.getQueryString());
            log.error("Spring Data cannot read the query {}", deferred.query.getQueryString(), e);
        }
        waiting.remove(deferred);
    }

    /** The queries not read yet. */
    List<String> unread() {
        return waiting.stream().filter(deferred -> deferred.read == null).map(d -> d.query.getQueryString()).toList();
    }

    /** The queries Spring Data could not read. */
    List<String> unreadable() {
        return List.copyOf(unreadable);
    }

    /** A query's enhancer, made by Spring Data's factory when first needed (once, whichever thread comes first). */
    private static final class Deferred implements QueryEnhancer {

        private final QueryEnhancerFactory factory;

        private final QueryProvider query;

        private volatile QueryEnhancer read;

        Deferred(QueryEnhancerFactory factory, QueryProvider query) {
            this.factory = factory;
            this.query = query;
        }

        QueryEnhancer read() {
            QueryEnhancer enhancer = read;
            if (enhancer == null) {
                synchronized (this) {
                    enhancer = read;
                    if (enhancer == null) {
                        enhancer = factory.create(query);
                        read = enhancer;
                    }
                }
            }
            return enhancer;
        }

        @Override
        public boolean isSelectQuery() {
            return read().isSelectQuery();
        }

        @Override
        public boolean hasConstructorExpression() {
            return read().hasConstructorExpression();
        }

        @Override
        public String detectAlias() {
            return read().detectAlias();
        }

        @Override
        public String getProjection() {
            return read().getProjection();
        }

        @Override
        public QueryProvider getQuery() {
            return query;
        }

        @Override
        public String rewrite(QueryRewriteInformation rewriteInformation) {
            return read().rewrite(rewriteInformation);
        }

        @Override
        public String createCountQueryFor(String countProjection) {
            return read().createCountQueryFor(countProjection);
        }
    }
}
