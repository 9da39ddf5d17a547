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
        for (int page = 0; page < 2; page++) {
            titles.addAll(Html.texts(Html.parse(mvc.perform(get("/visits").param("partner", "vilnius")
                    .param("size", "4").param("page", String.valueOf(page))).andExpect(status().isOk())),
                    "#visit-list tbody a[href^='/visits/']"));
        }

        assertThat(titles).containsExactly("En cours", "Demain", "Dans un mois", "Hier", "Le mois dernier",
                "L’an dernier");
    }

    @Test
    void aColumnHeaderSortsTheListOneWayThenTheOtherKeepingTheFilters() throws Exception {
        LocalDate today = LocalDate.now(clock);
        visit("Bravo", today.plusDays(3), today.plusDays(3));
        visit("alpha", today.minusDays(3), today.minusDays(3));
        visit("Charlie", today.plusDays(1), today.plusDays(1));

        assertThat(titles("/visits?partner=vilnius&sort=title")).containsExactly("alpha", "Bravo", "Charlie");
        assertThat(titles("/visits?partner=vilnius&sort=title,desc")).containsExactly("Charlie", "Bravo", "alpha");
        assertThat(titles("/visits?partner=vilnius&sort=dates")).containsExactly("alpha", "Charlie", "Bravo");
        assertThat(titles("/visits?partner=vilnius&sort=nonsense'--")).as("the natural order")
                .containsExactly("Charlie", "Bravo", "alpha");

        var page = Html.parse(mvc.perform(get("/visits?partner=vilnius&sort=title&size=2&page=1")).andExpect(status().isOk()));
        assertThat(page.select("th[aria-sort=ascending] a").attr("href"))
                .isEqualTo("/visits?partner=vilnius&size=2&sort=title,desc");
        assertThat(page.select("th[aria-sort=none] a").eachAttr("href"))
                .contains("/visits?partner=vilnius&size=2&sort=dates", "/visits?partner=vilnius&size=2&sort=status");
        assertThat(page.select("a.export-csv").attr("href")).isEqualTo("/visits?partner=vilnius&sort=title&size=2&export=csv");
    }

    @Test
    void aLongListIsCountedOnlyALittleBeyondThePageShownAndStillReachesItsEnd() throws Exception {
        LocalDate today = LocalDate.now(clock);
        visit("Demain", today.plusDays(1), today.plusDays(1));
        int past = Visits.COUNTED_BEYOND_PAGE + 30;
        jdbc.update("""
                insert into delegation_visit (direction, kind, partner_id, title, starts_on, ends_on, logged_by)
                select 'INCOMING', 'WORKING', (select id from partner where slug = 'vilnius'), 'Passée ' || n,
                       ?::date - n, ?::date - n, 'pgerard'
                from generate_series(1, ?) n""", today, today, past);

        var first = Html.parse(mvc.perform(get("/visits?partner=vilnius&size=20")).andExpect(status().isOk()));
        assertThat(first.select("nav[aria-label] p").text()).as("counted up to 1 000 beyond the page")
                .matches("1–20 sur au moins 1\\D?021");
        assertThat(Html.texts(first, "#visit-list tbody a[href^='/visits/']")).startsWith("Demain", "Passée 1");

        var last = Html.parse(mvc.perform(get("/visits?partner=vilnius&size=20&page=51")).andExpect(status().isOk()));
        assertThat(last.select("nav[aria-label] p").text()).as("exact once the end is within reach")
                .matches("1\\D?021–1\\D?031 sur 1\\D?031");
        assertThat(Html.texts(last, "#visit-list tbody a[href^='/visits/']")).endsWith("Passée " + past);
        assertThat(last.select("a[rel=next]")).isEmpty();
        assertThat(first.select("a[rel=next]").attr("href")).contains("page=1");
    }

    private List<String> titles(String url) throws Exception {
        return Html.texts(Html.parse(mvc.perform(get(url)).andExpect(status().isOk())),
                "#visit-list tbody a[href^='/visits/']");
    }

    private void visit(String title, LocalDate startsOn, LocalDate endsOn) {
        jdbc.update("""
                insert into delegation_visit (direction, kind, partner_id, title, starts_on, ends_on, logged_by)
                values ('INCOMING', 'WORKING', (select id from partner where slug = 'vilnius'), ?, ?, ?, 'pgerard')""",
                title, startsOn, endsOn);
    }
}
