package be.brussels.international.coordination.event;

import java.time.Clock;
import java.time.LocalDate;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Large events: recorded by those who may, shown on partners' pages, the calendar, the timeline. Rolled back. */
@IntegrationTest
@Transactional
class EventsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    @WithUserDetails("gclerckx")
    void theCoordinatorRecordsBrusselsDaysAndEveryPageShowsThem() throws Exception {
        long id = create();
        entityManager.flush();

        Document page = Html.parse(mvc.perform(get("/events/" + id).param("lang", "nl")).andExpect(status().isOk()));
        assertThat(Html.text(page, "h1")).isEqualTo("Brussels Days Québec (NL)");
        assertThat(Html.texts(page, "#event-partners a")).containsExactlyInAnyOrder("Quebec", "Sofia");
        assertThat(Html.texts(page, "#event-staff a")).containsExactly("Florence Vandernoot");

        assertThat(Html.texts(Html.parse(mvc.perform(get("/partners/quebec"))), "#partner-events a"))
                .containsExactly("Brussels Days Québec");
        assertThat(Html.texts(Html.parse(mvc.perform(get("/events"))), "#event-list tbody th"))
                .containsExactly("Brussels Days Québec");
        assertThat(Html.parse(mvc.perform(get("/calendar").param("month", start().toString().substring(0, 7))))
                .select("a.calendar-event[href=/events/" + id + "]")).as("one bar over its three days, or one a week")
                .hasSize(start().getDayOfWeek().getValue() >= 6 ? 2 : 1);
        assertThat(Html.text(Html.parse(mvc.perform(get("/partners/sofia/timeline"))), "#timeline"))
                .contains("Brussels Days Québec", "Brussels Days").doesNotContain("null");
        assertThat(Html.texts(Html.parse(mvc.perform(get("/"))), "#coming-events a")).contains("Brussels Days Québec");
    }

    @Test
    @WithUserDetails("jmverdin")
    void theHolderOfTheEatBrusselsDossierRecordsEventsToo() throws Exception {
        mvc.perform(get("/events/new")).andExpect(status().isOk());
        create();
    }

    @Test
    @WithUserDetails("jmverdin")
    void anEventRecordedByMistakeIsDeletedAfterAConfirmationOnItsPage() throws Exception {
        long id = create();
        entityManager.flush();
        Document page = Html.parse(mvc.perform(get("/events/" + id)));
        assertThat(page.select(".confirm-action form[action=/events/" + id + "/delete] input[name=version]"))
                .hasSize(1);
        mvc.perform(post("/events/" + id + "/delete").with(csrf()).param("version", "7"))
                .andExpect(flash().attribute("failure", "event.conflict"));
        mvc.perform(post("/events/" + id + "/delete").with(csrf()).param("version", "0"))
                .andExpect(redirectedUrl("/events")).andExpect(flash().attribute("success", "event.removed"));
        entityManager.flush();
        assertThat(jdbc.queryForObject("select count(*) from large_event where id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from large_event_partner where event_id = ?", Integer.class,
                id)).isZero();
    }

    @Test
    @WithUserDetails("pgerard")
    void otherStaffReadEventsButDoNotRecordThem() throws Exception {
        mvc.perform(get("/events")).andExpect(status().isOk());
        mvc.perform(get("/events/new")).andExpect(status().isForbidden());
        mvc.perform(newEvent(start(), start().plusDays(1))).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("gclerckx")
    void datesOutOfOrderComeBackWithTheTypedValues() throws Exception {
        Document page = Html.parse(mvc.perform(newEvent(start(), start().minusDays(1)).param("lang", "en"))
                .andExpect(status().isOk()));
        assertThat(Html.texts(page, ".invalid-feedback")).contains("The end cannot be before the start.");
        assertThat(page.selectFirst("#titleFr").attr("value")).isEqualTo("Brussels Days Québec");
        assertThat(page.select("#partners option[selected]")).hasSize(2);
    }

    @Test
    @WithUserDetails("gclerckx")
    void datesBeyondTheBoundsAreRefusedOnTheirFieldWithWhatWasTyped() throws Exception {
        long before = jdbc.queryForObject("select count(*) from large_event", Long.class);
        Document late = Html.parse(mvc.perform(newEvent(start(), LocalDate.of(10000, 1, 1)).param("lang", "en"))
                .andExpect(status().isOk()));
        assertThat(Html.text(late, "#endsOn-error")).isEqualTo(
                "Enter a real date between 1 January 1950 and 31 December 2100.");
        assertThat(late.selectFirst("#endsOn").attr("value")).isEqualTo("+10000-01-01");
        Document early = Html.parse(mvc.perform(newEvent(LocalDate.of(1949, 12, 31), start()))
                .andExpect(status().isOk()));
        assertThat(Html.text(early, "#startsOn-error")).startsWith("Saisissez une date réelle entre");
        assertThat(jdbc.queryForObject("select count(*) from large_event", Long.class)).isEqualTo(before);
    }

    /** A country is one ISO 3166 knows (chosen from a list), or none: « zz » was kept, shown « unknown region ». */
    @Test
    @WithUserDetails("gclerckx")
    void aCountryIsChosenFromTheListOrLeftOut() throws Exception {
        Document refused = Html.parse(mvc.perform(newEvent(start(), start(), "zz"))
                .andExpect(status().isOk()));
        assertThat(Html.text(refused, "#countryCode-error")).isEqualTo("Choisissez un pays de la liste.");
        assertThat(refused.select("select#countryCode option[value=BE]")).hasSize(1);
        mvc.perform(newEvent(start(), start(), "")).andExpect(status().isFound());
    }

    private long create() throws Exception {
        MvcResult result = mvc.perform(newEvent(start(), start().plusDays(2))).andExpect(status().isFound()).andReturn();
        return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/events/", ""));
    }

    private MockHttpServletRequestBuilder newEvent(LocalDate from, LocalDate to) {
        return newEvent(from, to, "ca");
    }

    private MockHttpServletRequestBuilder newEvent(LocalDate from, LocalDate to, String country) {
        return post("/events").with(csrf()).param("kind", "BRUSSELS_DAYS").param("titleFr", "Brussels Days Québec")
                .param("titleNl", "Brussels Days Québec (NL)").param("titleEn", "Brussels Days Quebec")
                .param("startsOn", from.toString()).param("endsOn", to.toString()).param("city", "Québec")
                .param("countryCode", country).param("status", "CONFIRMED").param("partners", "quebec", "sofia")
                .param("staff", "fvandernoot");
    }

    /** In ten days, or the 1st of the next month: the month shown must hold all three days of the event. */
    private LocalDate start() {
        LocalDate start = LocalDate.now(clock).plusDays(10);
        return start.plusDays(2).getMonth() == start.getMonth() ? start : start.plusMonths(1).withDayOfMonth(1);
    }
}
