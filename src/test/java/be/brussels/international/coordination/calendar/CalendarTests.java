package be.brussels.international.coordination.calendar;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.Html;
import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.ValidationWarnings;
import biweekly.property.DateTimeStamp;
import be.brussels.international.coordination.IntegrationTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The month view and the personal iCal feed, parsed back with ical4j. Each test is rolled back. */
@IntegrationTest
@Transactional
@WithUserDetails("pgerard")
class CalendarTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @PersistenceContext
    EntityManager entityManager;

    long visit;

    LocalDate start;

    @BeforeEach
    void aVisitWithAProgramme() {
        // In twenty days, or the 1st of the next month: the month shown must hold both days of the visit.
        start = LocalDate.now(clock).plusDays(20);
        if (start.plusDays(1).getMonth() != start.getMonth()) {
            start = start.plusMonths(1).withDayOfMonth(1);
        }
        visit = jdbc.queryForObject("""
                insert into delegation_visit (direction, kind, partner_id, title, starts_on, ends_on, logged_by, status)
                select 'INCOMING', 'WORKING', id, 'Mission du Québec', ?, ?, 'wvanwaeyenberge', 'CONFIRMED'
                from partner where slug = 'quebec' returning id""", Long.class, start, start.plusDays(1));
        jdbc.update("""
                insert into programme_item (visit_id, day, starts_at, ends_at, activity, venue)
                values (?, ?, time '09:30', time '11:00', 'Accueil', 'Hôtel de Ville')""", visit, start);
    }

    @Test
    void theFeedHasTheVisitsWithStableUidsAndBrusselsTimes() throws Exception {
        String token = newToken();

        Calendar calendar = feed(token);
        List<VEvent> events = calendar.getComponents("VEVENT");
        VEvent whole = event(events, "visit-" + visit + "@coordination.brussels-international.be");
        assertThat(whole.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Mission du Québec");
        assertThat(whole.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo(start.toString().replace("-", ""));
        VEvent item = events.stream().filter(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue()
                .startsWith("Accueil")).findFirst().orElseThrow();
        assertThat(item.getProperty(Property.DTSTART).orElseThrow().getParameter(Parameter.TZID).orElseThrow()
                .getValue()).isEqualTo("Europe/Brussels");
        assertThat(item.getProperty(Property.DTSTART).orElseThrow().getValue()).endsWith("T093000");
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).extracting(z -> z.getProperty(Property.TZID).orElseThrow().getValue())
                .containsExactly("Europe/Brussels");

        jdbc.update("update delegation_visit set title = 'Mission du Québec (modifiée)', version = version + 1 where id = ?",
                visit);
        VEvent changed = event(feed(token).getComponents("VEVENT"), "visit-" + visit + "@coordination.brussels-international.be");
        assertThat(changed.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Mission du Québec (modifiée)");
        assertThat(changed.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
    }

    /** The first address replaces nothing: it is said created; the next, renewed. */
    @Test
    void theFirstAddressIsSaidCreatedTheNextRenewed() throws Exception {
        jdbc.update("update user_account set calendar_token = null where username = 'pgerard'");
        mvc.perform(post("/staff/pgerard/calendar-token").with(csrf()))
                .andExpect(flash().attribute("success", "staff.feed.created"));
        entityManager.flush();
        mvc.perform(post("/staff/pgerard/calendar-token").with(csrf()))
                .andExpect(flash().attribute("success", "staff.feed.renewed"));
    }

    @Test
    void aRenewedAddressEndsTheOldOne() throws Exception {
        String old = newToken();
        String renewed = newToken();

        assertThat(renewed).isNotEqualTo(old);
        mvc.perform(get("/calendar/feed/" + old + ".ics").with(anonymous())).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/feed/" + renewed + ".ics").with(anonymous())).andExpect(status().isOk());
        mvc.perform(get("/calendar/feed/not-a-token-at-all-123.ics").with(anonymous())).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/feed/x.ics").with(anonymous())).andExpect(status().isNotFound());
    }

    @Test
    void onlyThePersonSeesAndRenewsTheirAddress() throws Exception {
        String token = newToken();
        Document own = Html.parse(mvc.perform(get("/staff/pgerard")));
        assertThat(Html.text(own, "#feed-url")).endsWith("/calendar/feed/" + token + ".ics");
        Document other = Html.parse(mvc.perform(get("/staff/fvandernoot")));
        assertThat(other.select("#feed-url, #renew-feed")).isEmpty();
        mvc.perform(post("/staff/fvandernoot/calendar-token").with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void aVisitOfSeveralDaysIsOneBarOverItsDaysInEachWeek() throws Exception {
        // The second Monday of next month, for three days; then from a Saturday to the Tuesday after.
        LocalDate monday = YearMonth.from(LocalDate.now(clock)).plusMonths(1).atDay(1)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).plusDays(7);
        long threeDays = visit("Trois jours", monday, monday.plusDays(2));
        long overWeekend = visit("Sur deux semaines", monday.plusDays(5), monday.plusDays(8));
        Document page = Html.parse(mvc.perform(get("/calendar").param("month", monday.toString().substring(0, 7)))
                .andExpect(status().isOk()));

        assertThat(page.select("a[href=/visits/" + threeDays + "]")).hasSize(1);
        assertThat(page.selectFirst("a[href=/visits/" + threeDays + "]").parent().attr("colspan")).isEqualTo("3");
        assertThat(Html.text(page, "a[href=/visits/" + threeDays + "]")).contains("Trois jours",
                "du " + DateTimeFormatter.ofPattern("d MMM yyyy", Locale.FRENCH).format(monday));
        List<Element> parts = page.select("a[href=/visits/" + overWeekend + "]");
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).parent().attr("colspan")).isEqualTo("2");
        assertThat(parts.get(0).hasClass("continues-after")).isTrue();
        assertThat(parts.get(1).parent().attr("colspan")).isEqualTo("2");
        assertThat(parts.get(1).hasClass("continues-before")).isTrue();
    }

    private long visit(String title, LocalDate from, LocalDate to) {
        return jdbc.queryForObject("""
                insert into delegation_visit (direction, kind, origin, title, starts_on, ends_on, logged_by, status)
                values ('INCOMING', 'WORKING', 'Ailleurs', ?, ?, ?, 'wvanwaeyenberge', 'CONFIRMED') returning id""",
                Long.class, title, from, to);
    }

    @Test
    void theMonthShowsTheVisitOnEachOfItsDays() throws Exception {
        Document page = Html.parse(mvc.perform(get("/calendar").param("month", start.toString().substring(0, 7))
                .param("lang", "nl")).andExpect(status().isOk()));
        int weeks = start.getDayOfWeek() == java.time.DayOfWeek.SUNDAY ? 2 : 1;
        assertThat(page.select("td a[href=/visits/" + visit + "]")).hasSize(weeks);
        assertThat(Html.texts(page, "thead abbr")).hasSize(7).startsWith("ma");
        mvc.perform(get("/calendar").param("month", "2026-13")).andExpect(status().isOk());
    }

    private String newToken() throws Exception {
        mvc.perform(post("/staff/pgerard/calendar-token").with(csrf())).andExpect(status().isFound());
        entityManager.flush();
        return jdbc.queryForObject("select calendar_token from user_account where username = 'pgerard'", String.class);
    }

    @Test
    void theFeedSatisfiesAStrictSecondParserAndFoldsAt75Octets() throws Exception {
        String title = "Délégation de la municipalité de Pékin 北京市人民政府代表团 — visite d’étude « mobilité » "
                + "𝄞 et ".repeat(4) + "fin";
        jdbc.update("update delegation_visit set title = ? where id = ?", title, visit);
        jdbc.update("""
                insert into large_event (kind, title_fr, title_nl, title_en, starts_on, ends_on, city)
                values ('COLLOQUIUM', ?, 'Colloquium', 'Colloquium', ?, ?, 'Bruxelles')""", title, start, start);
        String ics = ics(newToken());

        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        ICalendar parsed = Biweekly.parse(ics).first();
        assertThat(parsed.getEvents()).isNotEmpty().allSatisfy(event -> {
            assertThat(event.getProperties(DateTimeStamp.class)).as("DTSTAMP of %s", event.getUid().getValue())
                    .hasSize(1);
        });
        assertThat(parsed.getEvents()).anySatisfy(event -> assertThat(event.getSummary().getValue())
                .isEqualTo(title));
        ValidationWarnings warnings = parsed.validate(ICalVersion.V2_0);
        assertThat(warnings.isEmpty()).as(warnings.toString()).isTrue();
    }

    private Calendar feed(String token) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics(token)));
    }

    private String ics(String token) throws Exception {
        entityManager.flush();
        entityManager.clear();
        return mvc.perform(get("/calendar/feed/" + token + ".ics").with(anonymous())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static VEvent event(List<VEvent> events, String uid) {
        return events.stream().filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().equals(uid))
                .findFirst().orElseThrow();
    }
}
