package be.brussels.international.coordination.web;

import java.time.Clock;
import java.time.LocalDate;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The home page lists the first ten coming visits and events, says how many there are, links to the rest. */
@IntegrationTest
@Transactional
@WithUserDetails("wvanwaeyenberge")
class HomeComingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void tenComingVisitsAndEventsAtMostWithTheCountAndALinkToTheCalendar() throws Exception {
        LocalDate today = LocalDate.now(clock);
        int visitsBefore = coming("#coming-visits li");
        int eventsBefore = coming("#coming-events li");
        for (int day = 1; day <= 12; day++) {
            jdbc.update("""
                    insert into delegation_visit (direction, kind, partner_id, title, starts_on, ends_on, logged_by)
                    values ('INCOMING', 'WORKING', (select id from partner where slug = 'sofia'), ?, ?, ?, 'test')""",
                    "Visite " + day, today.plusDays(day), today.plusDays(day));
            jdbc.update("""
                    insert into large_event (kind, title_fr, title_nl, title_en, starts_on, ends_on)
                    values ('COLLOQUIUM', ?, 'Colloquium', 'Colloquium', ?, ?)""", "Colloque " + day,
                    today.plusDays(day), today.plusDays(day));
        }

        Document home = Html.parse(mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk()));

        assertThat(home.select("#coming-visits li")).hasSize(10);
        assertThat(home.select("#coming-events li")).hasSize(10);
        assertThat(Html.text(home, "#more-visits")).isEqualTo("All " + (visitsBefore + 12) + " in the calendar");
        assertThat(Html.text(home, "#more-events")).isEqualTo("All " + (eventsBefore + 12) + " in the calendar");
        assertThat(home.select("#more-events").attr("href")).isEqualTo("/calendar");
    }

    private int coming(String selector) throws Exception {
        return Html.parse(mvc.perform(get("/")).andExpect(status().isOk())).select(selector).size();
    }
}
