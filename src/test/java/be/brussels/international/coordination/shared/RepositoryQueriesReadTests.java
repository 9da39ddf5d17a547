package be.brussels.international.coordination.shared;

import be.brussels.international.coordination.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every declared query of the application's repositories is one Spring Data can read: what a start-up checked
 * before its reading was put off (RepositoryQueries).
 */
@IntegrationTest
class RepositoryQueriesReadTests {

    @Autowired
    RepositoryQueries queries;

    @Test
    void everyRepositoryQueryCanBeRead() {
        queries.readWaiting();
        assertThat(queries.unread()).isEmpty();
        assertThat(queries.unreadable()).isEmpty();
    }
}
