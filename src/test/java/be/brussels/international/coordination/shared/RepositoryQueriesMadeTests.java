package be.brussels.international.coordination.shared;

import be.brussels.international.coordination.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query of the application's repositories can be made — Spring Data reads it, Hibernate checks it: what a
 * start-up proved before they were made when first called (RepositoryQueries).
 */
@IntegrationTest
class RepositoryQueriesMadeTests {

    @Autowired
    RepositoryQueries queries;

    @Test
    void everyRepositoryQueryCanBeMade() {
        // Every repository's query methods come through here (about a hundred).
        assertThat(queries.lookedUp()).isGreaterThan(80);
        queries.makeWaiting();
        assertThat(queries.unmakeable()).isEmpty();
        assertThat(queries.unmade()).isEmpty();
    }
}
