package be.brussels.international.coordination.staff;

import be.brussels.international.coordination.IntegrationTest;
import be.brussels.international.coordination.StatementCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cell's names are kept in memory by every instance and read again when they change anywhere: a trigger bumps
 * reference_version at every change of staff_member (V34), whoever made it, and each instance compares (every two
 * seconds, here by hand: the tests' context does not watch in the background). Committed changes, put back after.
 */
@IntegrationTest
class PeopleNamesTests {

    @Autowired
    PeopleNames people;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void putBack() {
        jdbc.update("update staff_member set first_name = 'Pierre', title_nl = ? where username = 'pgerard'", titleNl);
        people.reloadIfChanged();
    }

    private String titleNl;

    @Test
    void aNameChangedElsewhereIsReadAgainAndNothingIsReadWhileNothingChanged() {
        people.reloadIfChanged();
        assertThat(people.name("pgerard")).isEqualTo("Pierre Gérard");
        titleNl = jdbc.queryForObject("select title_nl from staff_member where username = 'pgerard'", String.class);
        assertThat(people.person("pgerard").orElseThrow().getTitle().nl()).isEqualTo(titleNl);
        assertThat(people.person("admin")).as("an account that is no person").isEmpty();

        StatementCounter.reset();
        assertThat(people.reloadIfChanged()).as("nothing changed").isFalse();
        assertThat(StatementCounter.count()).as("one look at the version").isEqualTo(1);

        // Another instance, or an administrator's SQL: not through this instance.
        jdbc.update("update staff_member set first_name = 'Pierre-Henri', title_nl = 'Hoofdattaché'"
                + " where username = 'pgerard'");
        assertThat(people.name("pgerard")).as("until this instance looks").isEqualTo("Pierre Gérard");

        assertThat(people.reloadIfChanged()).isTrue();
        assertThat(people.name("pgerard")).isEqualTo("Pierre-Henri Gérard");
        assertThat(people.person("pgerard").orElseThrow().getTitle().nl()).isEqualTo("Hoofdattaché");
    }
}
