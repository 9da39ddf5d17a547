package be.brussels.international.coordination.shared;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.query.QueryProvider;
import org.springframework.data.jpa.provider.PersistenceProvider;
import org.springframework.data.jpa.repository.query.DefaultJpaQueryMethodFactory;
import org.springframework.data.jpa.repository.query.JpaQueryMethodFactory;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactory;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.core.NamedQueries;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.ValueExpressionDelegate;
import org.springframework.stereotype.Component;

/**
 * The repositories' queries, made when each is first called instead of while the repositories are made at start-up
 * (issue 23).
 * <p>
 * Making a repository's query is reading it twice: Hibernate reads each {@code @Query} with its grammar to check it,
 * and Spring Data with a grammar of its own (its alias and projection, to derive count queries and apply sorting).
 * Both grammars are slow at their first readings (ANTLR builds its decision tables as it goes): measured
 * (docs/performance.md), Spring Data's reading took 1.1–1.4 s of a 6.5 s start on 2 cores, Hibernate's about a
 * second more. So:
 * <ul>
 * <li>each query is made (Hibernate's check included) the first time its method is called, once, whichever thread
 * comes first ({@link #deferring});</li>
 * <li>Spring Data's reading of it is put off further, until Spring Data needs what it reads (a count query, a sort:
 * many queries never need it) — also for the few queries the start itself runs ({@link #select}).</li>
 * </ul>
 * What the start proved, that every query can be made and read, the build proves: {@code RepositoryQueriesMadeTests}
 * makes and reads every one of them ({@link #makeWaiting()}); one that cannot be made fails its method's every call,
 * as it failed the start before. Measured: reading them all on a thread of their own, during the start or once
 * ready, slowed the start or the first pages on two cores.
 */
@Component
public class RepositoryQueries implements QueryEnhancerSelector {

    private static final Logger log = LoggerFactory.getLogger(RepositoryQueries.class);

    private final List<Deferred> waiting = new CopyOnWriteArrayList<>();

    private final List<String> unmakeable = new CopyOnWriteArrayList<>();

    private final AtomicInteger lookedUp = new AtomicInteger();

    /** Spring Data's readings put off, not done yet. */
    private final List<DeferredReading> unread = new CopyOnWriteArrayList<>();

    private final QueryEnhancerSelector spring;

    public RepositoryQueries() {
        this(QueryEnhancerSelector.DEFAULT_SELECTOR);
    }

    /** {@code spring}: Spring Data's grammar for each query (its own choice; another in tests). */
    RepositoryQueries(QueryEnhancerSelector spring) {
        this.spring = spring;
    }

    /** Spring Data's own choice of grammar for the query, its reading put off until needed. */
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
                DeferredReading reading = new DeferredReading(chosen, provider);
                unread.add(reading);
                return reading;
            }
        };
    }

    /**
     * The lookup of a repository's queries, each made when first called. Spring Data collects the methods' descriptions
     * ({@link RepositoryQuery#getQueryMethod()}) as it makes a repository: they are made by {@code methods} (as the
     * query will make its own), without the query.
     */
    QueryLookupStrategy deferring(QueryLookupStrategy spring, JpaQueryMethodFactory methods) {
        return (Method method, RepositoryMetadata metadata, ProjectionFactory projections, NamedQueries named) -> {
            Deferred deferred = new Deferred(method, () -> methods.build(method, metadata, projections),
                    () -> spring.resolveQuery(method, metadata, projections, named));
            waiting.add(deferred);
            lookedUp.incrementAndGet();
            return deferred;
        };
    }

    /**
     * Makes every query not made so far, and has Spring Data read every one not read yet; one that cannot be made or
     * read is logged and noted ({@link #unmakeable()}).
     */
    void makeWaiting() {
        for (Deferred deferred : List.copyOf(waiting)) {
            try {
                deferred.made();
            }
            catch (RuntimeException e) {
                unmakeable.add(deferred.toString());
                log.error("The repository query of {} cannot be made", deferred, e);
            }
        }
        for (DeferredReading reading : List.copyOf(unread)) {
            try {
                reading.read();
            }
            catch (RuntimeException e) {
                unmakeable.add(reading.query.getQueryString());
                unread.remove(reading);
                log.error("Spring Data cannot read the query {}", reading.query.getQueryString(), e);
            }
        }
    }

    /** How many repository methods' queries were looked up through here, made or not. */
    int lookedUp() {
        return lookedUp.get();
    }

    /** The repository methods whose query has not been made yet, and the queries Spring Data has not read yet. */
    List<String> unmade() {
        return java.util.stream.Stream.concat(waiting.stream().map(Deferred::toString),
                unread.stream().map(reading -> reading.query.getQueryString())).toList();
    }

    /** The repository methods whose query could not be made, and the queries Spring Data could not read. */
    List<String> unmakeable() {
        return List.copyOf(unmakeable);
    }

    /** A repository method's query, made by Spring Data's lookup when first needed (once). */
    private final class Deferred implements RepositoryQuery {

        private final Method method;

        private final Supplier<? extends QueryMethod> description;

        private final Supplier<RepositoryQuery> lookup;

        private volatile QueryMethod described;

        private volatile RepositoryQuery made;

        Deferred(Method method, Supplier<? extends QueryMethod> description, Supplier<RepositoryQuery> lookup) {
            this.method = method;
            this.description = description;
            this.lookup = lookup;
        }

        RepositoryQuery made() {
            RepositoryQuery query = made;
            if (query == null) {
                synchronized (this) {
                    query = made;
                    if (query == null) {
                        query = lookup.get();
                        made = query;
                        waiting.remove(this);
                    }
                }
            }
            return query;
        }

        @Override
        public Object execute(Object[] parameters) {
            return made().execute(parameters);
        }

        /** The query's own description once made; before, one made alike without making the query. */
        @Override
        public QueryMethod getQueryMethod() {
            RepositoryQuery query = made;
            if (query != null) {
                return query.getQueryMethod();
            }
            QueryMethod method = described;
            if (method == null) {
                method = description.get();
                described = method;
            }
            return method;
        }

        @Override
        public String toString() {
            return method.getDeclaringClass().getSimpleName() + "." + method.getName();
        }
    }

    /** A query's reading by Spring Data, done when first needed (once, whichever thread comes first). */
    private final class DeferredReading implements QueryEnhancer {

        private final QueryEnhancerFactory factory;

        private final QueryProvider query;

        private volatile QueryEnhancer read;

        DeferredReading(QueryEnhancerFactory factory, QueryProvider query) {
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
                        unread.remove(this);
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

    /**
     * The factory of the application's JPA repositories ({@code @EnableJpaRepositories}): Spring Data's, its queries
     * looked up through {@link RepositoryQueries#deferring} and read through {@link RepositoryQueries#select}.
     * Spring Data JPA 4.0's factory bean configures its factory with settings this application leaves at their
     * defaults (Querydsl's path resolver, the escape character, the query method factory: its default, made here);
     * the fragments contributor is passed on.
     */
    public static class FactoryBean<T extends Repository<S, I>, S, I> extends JpaRepositoryFactoryBean<T, S, I> {

        private BeanFactory beans;

        public FactoryBean(Class<? extends T> repositoryInterface) {
            super(repositoryInterface);
        }

        @Override
        public void setBeanFactory(BeanFactory beanFactory) {
            super.setBeanFactory(beanFactory);
            this.beans = beanFactory;
        }

        @Override
        protected RepositoryFactorySupport createRepositoryFactory(EntityManager entityManager) {
            RepositoryQueries queries = beans.getBean(RepositoryQueries.class);
            // The query method factory JpaRepositoryFactory uses by default.
            JpaQueryMethodFactory methods = new DefaultJpaQueryMethodFactory(
                    PersistenceProvider.fromEntityManager(entityManager));
            JpaRepositoryFactory factory = new JpaRepositoryFactory(entityManager) {
                @Override
                protected Optional<QueryLookupStrategy> getQueryLookupStrategy(QueryLookupStrategy.Key key,
                        ValueExpressionDelegate delegate) {
                    return super.getQueryLookupStrategy(key, delegate).map(spring -> queries.deferring(spring, methods));
                }
            };
            factory.setQueryMethodFactory(methods);
            factory.setFragmentsContributor(getRepositoryFragmentsContributor());
            factory.setQueryEnhancerSelector(queries);
            return factory;
        }
    }
}
