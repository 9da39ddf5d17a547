package be.brussels.international.coordination.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The visits list: those not over yet first, soonest first, then past ones, latest first — across pages. */
@IntegrationTest
@Transactional
@WithUserDetails("pgerard")
class VisitListOrderTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void upcomingSoonestFirstThenPastLatestFirstEvenAcrossAPageBoundary() throws Exception {
        LocalDate today = LocalDate.now(clock);
        visit("En cours", today.minusDays(1), today.plusDays(1));
        visit("Dans un mois", today.plusMonths(1), today.plusMonths(1));
        visit("Demain", today.plusDays(1), today.plusDays(2));
        visit("Hier", today.minusDays(2), today.minusDays(1));
        visit("L’an dernier", today.minusYears(1), today.minusYears(1));
        visit("Le mois dernier", today.minusMonths(1), today.minusMonths(1));

        List<String> titles = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            titles.addAll(Html.texts(Html.parse(mvc.perform(get("/visits").param("partner", "vilnius")
                    .param("size", "4").param("page", String.valueOf(page))).andExpect(status().isOk())),
                    "#visit-list tbody a[href^='/visits/']"));
        }

        assertThat(titles).containsExactly("En cours", "Demain", "Dans un mois", "Hier", "Le mois dernier",
                "L’an dernier");
    }

    private void visit(String title, LocalDate startsOn, LocalDate endsOn) {
        jdbc.update("""
                insert into delegation_visit (direction, kind, partner_id, title, starts_on, ends_on, logged_by)
                values ('INCOMING', 'WORKING', (select id from partner where slug = 'vilnius'), ?, ?, ?, 'pgerard')""",
                title, startsOn, endsOn);
    }
}
