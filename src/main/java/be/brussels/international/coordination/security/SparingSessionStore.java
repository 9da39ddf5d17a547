package be.brussels.international.coordination.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions written to PostgreSQL only when something in them changed. Spring Session notes the moment of every
 * request in the session, and its JDBC store writes that moment at the end of every request: one UPDATE, on a
 * connection of its own, for every page (issue 23: a page's statements). Here the moment is noted only once the one
 * stored is {@link #TOUCH} old; a page that changes nothing in its session then writes nothing, and what a session
 * holds (a login, a CSRF token, a message for the next page, « ended » set by another instance) is written as before.
 * <p>
 * The cost: a session idle for its 30 minutes may expire up to {@link #TOUCH} earlier than it would have (its last
 * access as stored lags by at most that much). {@code SessionTests} checks both sides.
 */
@Configuration(proxyBeanMethods = false)
class SparingSessionStore {

    /** How old the stored last access may grow before a request writes it again. */
    static final Duration TOUCH = Duration.ofMinutes(1);

    /** Puts itself in front of Spring Session's JDBC store, for the session filter and for {@link Sessions}. */
    @Bean
    static BeanPostProcessor sparingSessions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository store ? new Store<>(store) : bean;
            }
        };
    }

    /** The JDBC store, its sessions wrapped. */
    static final class Store<S extends Session> implements FindByIndexNameSessionRepository<Sparing<S>> {

        private final FindByIndexNameSessionRepository<S> store;

        Store(FindByIndexNameSessionRepository<S> store) {
            this.store = store;
        }

        @Override
        public Sparing<S> createSession() {
            return new Sparing<>(store.createSession());
        }

        @Override
        public void save(Sparing<S> session) {
            store.save(session.session);
        }

        @Override
        public Sparing<S> findById(String id) {
            S session = store.findById(id);
            return session == null ? null : new Sparing<>(session);
        }

        @Override
        public void deleteById(String id) {
            store.deleteById(id);
        }

        @Override
        public Map<String, Sparing<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return store.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> new Sparing<>(entry.getValue())));
        }
    }

    /** A session whose last access is noted only once the stored one is {@link #TOUCH} old. */
    static final class Sparing<S extends Session> implements Session {

        private final S session;

        Sparing(S session) {
            this.session = session;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(session.getLastAccessedTime().plus(TOUCH))) {
                session.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
