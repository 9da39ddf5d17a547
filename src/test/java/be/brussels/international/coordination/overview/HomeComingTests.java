package be.brussels.international.coordination.overview;

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

    @Test
    void eventsUnderWayComeFirstThenThoseBeginningWithinThirtyDaysNeverTheOthers() throws Exception {
        LocalDate today = LocalDate.now(clock);
        jdbc.update("delete from large_event_partner");
        jdbc.update("delete from large_event_staff");
        jdbc.update("delete from large_event");
        event("Exposition en cours", today.minusDays(3), today.plusDays(2), "CONFIRMED");
        event("Colloque à venir", today.plusDays(5), today.plusDays(5), "PLANNED");
        event("Réception le dernier jour", today.plusDays(30), today.plusDays(30), "PLANNED");
        event("Réception annulée", today.plusDays(2), today.plusDays(2), "CANCELLED");
        event("Foire trop lointaine", today.plusDays(31), today.plusDays(33), "PLANNED");
        event("Journées terminées hier", today.minusDays(4), today.minusDays(1), "HELD");
        event("Exposition finissant aujourd’hui", today.minusDays(10), today, "CONFIRMED");

        Document home = Html.parse(mvc.perform(get("/")).andExpect(status().isOk()));
        assertThat(Html.texts(home, "#coming-events li a")).containsExactly("Exposition finissant aujourd’hui",
                "Exposition en cours", "Colloque à venir", "Réception le dernier jour");

        for (int day = 1; day <= 12; day++) {
            event("Colloque " + day, today.plusDays(day), today.plusDays(day), "PLANNED");
        }
        home = Html.parse(mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk()));
        assertThat(Html.texts(home, "#coming-events li a")).hasSize(10)
                .startsWith("Exposition finissant aujourd’hui", "Exposition en cours", "Colloque 1");
        assertThat(Html.text(home, "#more-events")).isEqualTo("All 16 in the calendar");
    }

    private void event(String title, LocalDate startsOn, LocalDate endsOn, String status) {
        jdbc.update("""
                insert into large_event (kind, title_fr, title_nl, title_en, starts_on, ends_on, status)
                values ('COLLOQUIUM', ?, ?, ?, ?, ?, ?)""", title, title, title, startsOn, endsOn, status);
    }

    private int coming(String selector) throws Exception {
        return Html.parse(mvc.perform(get("/")).andExpect(status().isOk())).select(selector).size();
    }
}
