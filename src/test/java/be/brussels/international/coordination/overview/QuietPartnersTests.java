package be.brussels.international.coordination.overview;

import java.time.Clock;
import java.time.LocalDate;
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

/**
 * The home page's "no exchange for a year" (Watchlist): a note, a visit or an event of the last twelve months takes a
 * partner off the list; a cancelled or future visit or event, or an older note, does not. Rolled back.
 */
@IntegrationTest
@Transactional
class QuietPartnersTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    @WithUserDetails("fvandernoot")
    void aNoteAVisitOrAnEventOfTheYearTakesAPartnerOffTheListOthersDoNot() throws Exception {
        LocalDate today = LocalDate.now(clock);
        List<String> before = quiet("/");
        assertThat(before).contains("Québec", "Berlin", "La Havane", "Vienne", "Ljubljana").doesNotContain("Tokyo");

        note("quebec", today.minusMonths(2));
        visit("berlin", today.minusDays(20), "CONFIRMED");
        event("havana", today.minusMonths(11), "HELD");
        note("vienna", today.minusMonths(13));
        visit("vienna", today.minusDays(10), "CANCELLED");
        visit("vienna", today.plusDays(10), "PLANNED");
        event("vienna", today.minusDays(5), "CANCELLED");

        assertThat(quiet("/")).doesNotContain("Québec", "Berlin", "La Havane").contains("Vienne", "Ljubljana")
                .hasSize(before.size() - 3);
    }

    @Test
    @WithUserDetails("gclerckx")
    void theCoordinatorSeesEveryQuietPartnerByNameInHerLanguage() throws Exception {
        List<String> quiet = quiet("/?lang=nl");

        assertThat(quiet).contains("Tokio", "Quebec", "Peking", "Wenen");
        assertThat(quiet).isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nl")));
    }

    /** A partnership that has ended is not a relation going cold: it leaves the list. */
    @Test
    @WithUserDetails("gclerckx")
    void anEndedPartnershipIsNotAQuietOne() throws Exception {
        assertThat(quiet("/?lang=nl")).contains("Tokio");
        jdbc.update("update partner set ended_on = current_date, end_reason = 'Test' where slug = 'tokyo'");
        assertThat(quiet("/?lang=nl")).doesNotContain("Tokio").contains("Peking");
    }

    /**
     * A partnership registered within the year is new, not going cold; one registered before, with no exchange since,
     * is (as are those loaded with the first data, whose registration is unknown).
     */
    @Test
    @WithUserDetails("gclerckx")
    void aPartnerRegisteredWithinTheYearIsNotAQuietOne() throws Exception {
        assertThat(quiet("/?lang=nl")).contains("Tokio");
        jdbc.update("update partner set registered_on = current_date - 30 where slug = 'tokyo'");
        assertThat(quiet("/?lang=nl")).doesNotContain("Tokio").contains("Peking");
        jdbc.update("update partner set registered_on = current_date - interval '13 months' where slug = 'tokyo'");
        assertThat(quiet("/?lang=nl")).contains("Tokio", "Peking");
    }

    private List<String> quiet(String url) throws Exception {
        return Html.texts(Html.parse(mvc.perform(get(url)).andExpect(status().isOk())), "#quiet-partners a");
    }

    private void note(String partner, LocalDate on) {
        jdbc.update("""
                insert into partner_note (partner_id, kind, occurred_on, summary, author)
                values ((select id from partner where slug = ?), 'CALL', ?, 'Appel', 'fvandernoot')""", partner, on);
    }

    private void visit(String partner, LocalDate on, String status) {
        jdbc.update("""
                insert into delegation_visit (direction, kind, partner_id, title, starts_on, ends_on, logged_by, status)
                values ('INCOMING', 'WORKING', (select id from partner where slug = ?), 'Visite', ?, ?, 'test', ?)""",
                partner, on, on, status);
    }

    private void event(String partner, LocalDate on, String status) {
        long id = jdbc.queryForObject("""
                insert into large_event (kind, title_fr, title_nl, title_en, starts_on, ends_on, status)
                values ('COLLOQUIUM', 'Colloque', 'Colloquium', 'Colloquium', ?, ?, ?) returning id""", Long.class,
                on, on, status);
        jdbc.update("insert into large_event_partner (event_id, partner_id) select ?, id from partner where slug = ?",
                id, partner);
    }
}
