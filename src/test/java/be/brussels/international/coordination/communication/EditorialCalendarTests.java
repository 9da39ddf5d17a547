package be.brussels.international.coordination.communication;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import be.brussels.international.coordination.CommittedChanges;
import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The editorial calendar: the communication officer plans posts (X's length checked as X counts it), the
 * coordinator alone approves, a change to an approved text needs approving again, nobody else sees it.
 * Committed (each request its own transaction, as in use), then undone.
 */
@IntegrationTest
class EditorialCalendarTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    CommittedChanges committed;

    @BeforeEach
    void mark() {
        committed = CommittedChanges.mark(jdbc);
    }

    @AfterEach
    void undo() {
        committed.undo();
    }

    @Test
    void anXPostIsCheckedAsXCountsItAndListedInItsMonth() throws Exception {
        Document tooLong = Html.parse(mvc.perform(item("X", "é".repeat(281)).with(as("jmverdin")))
                .andExpect(status().isOk()));
        assertThat(tooLong.select("#text-error").text())
                .isEqualTo("Ce message compte 281 caractères pour X, au plus 280 (un lien compte pour 23).");
        assertThat(tooLong.select("#title").val()).isEqualTo("Brussels Days à Prague");

        String withLink = "x".repeat(250) + " https://international.brussels/fr/" + "a".repeat(100);
        mvc.perform(item("X", withLink).with(as("jmverdin"))).andExpect(flash().attribute("success", "editorial.created"));
        LocalDate day = LocalDate.now(clock).plusDays(3);
        Document list = Html.parse(mvc.perform(get("/communication/calendar").param("month", YearMonth.from(day).toString())
                .param("channel", "X").with(as("jmverdin"))));
        assertThat(Html.texts(list, "#editorial-items tbody th")).contains("Brussels Days à Prague");
        String csv = mvc.perform(get("/communication/calendar").param("month", YearMonth.from(day).toString())
                .param("export", "csv").with(as("gclerckx"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Brussels Days à Prague", "X (Twitter)");
    }

    @Test
    void theCoordinatorAloneApprovesAndAChangedTextNeedsApprovingAgain() throws Exception {
        mvc.perform(item("WEBSITE", "Un texte").with(as("jmverdin")));
        long id = jdbc.queryForObject("select max(id) from editorial_item", Long.class);
        advance(id, "jmverdin").andExpect(flash().attribute("success", "editorial.advanced"));
        advance(id, "jmverdin").andExpect(flash().attribute("failure", "editorial.refused.approval"));
        assertThat(stateOf(id)).isEqualTo("DRAFT");
        advance(id, "gclerckx").andExpect(flash().attribute("success", "editorial.advanced"));
        assertThat(jdbc.queryForMap("select status, approved_by from editorial_item where id = ?", id))
                .containsEntry("status", "APPROVED").containsEntry("approved_by", "gclerckx");

        mvc.perform(post("/communication/items/" + id).with(csrf()).with(as("jmverdin"))
                .param("version", version(id)).param("channel", "WEBSITE")
                .param("day", LocalDate.now(clock).plusDays(3).toString()).param("time", "10:00")
                .param("title", "Brussels Days à Prague").param("text", "Un autre texte"))
                .andExpect(flash().attribute("success", "editorial.saved"));
        assertThat(jdbc.queryForMap("select status, approved_by from editorial_item where id = ?", id))
                .containsEntry("status", "DRAFT").containsEntry("approved_by", null);

        advance(id, "gclerckx");
        advance(id, "jmverdin").andExpect(flash().attribute("success", "editorial.advanced"));
        mvc.perform(post("/communication/items/" + id).with(csrf()).with(as("jmverdin"))
                .param("version", version(id)).param("channel", "WEBSITE")
                .param("day", LocalDate.now(clock).plusDays(3).toString()).param("time", "10:00")
                .param("title", "Brussels Days à Prague (corrigé)").param("text", "Un autre texte"))
                .andExpect(flash().attribute("success", "editorial.saved"));
        assertThat(stateOf(id)).as("a published item is corrected as it stands").isEqualTo("PUBLISHED");
    }

    @Test
    void theOfficersHomePageShowsWhatIsToBePublishedThisWeek() throws Exception {
        mvc.perform(item("NEWSLETTER", "Numéro de décembre").with(as("jmverdin")));
        assertThat(Html.texts(Html.parse(mvc.perform(get("/").with(as("jmverdin")))), "#editorial-due li"))
                .anySatisfy(line -> assertThat(line).contains("Brussels Days à Prague", "The Brussels globe · Idée"));
        assertThat(Html.parse(mvc.perform(get("/").with(as("fvandernoot")))).select("#editorial-title")).isEmpty();
    }

    /** What should have been published and is not is something awaiting the officer: said at the top of the page. */
    @Test
    void anOverduePublicationAwaitsTheOfficer() throws Exception {
        mvc.perform(item("X", "À venir").with(as("jmverdin")));
        Document before = Html.parse(mvc.perform(get("/").with(as("jmverdin"))));
        assertThat(before.select("#editorial-summary")).as("one to come is not overdue").isEmpty();

        jdbc.update("""
                insert into editorial_item (channel, planned_at, status, title, created_by)
                values ('WEBSITE', now() - interval '2 days', 'DRAFT', 'Compte rendu de la mission', 'jmverdin')""");
        Document page = Html.parse(mvc.perform(get("/").with(as("jmverdin"))));
        assertThat(Html.texts(page, "#editorial-summary li")).containsExactly("1 publication en retard au calendrier éditorial");
        assertThat(Html.texts(page, "#editorial-due li")).anySatisfy(line -> assertThat(line).contains("Compte rendu"));
        assertThat(page.select("#due-title + .card-body .empty-state")).as("not « nothing awaits you »").isEmpty();
    }

    @Test
    void theCellsCalendarShowsWhatIsPlannedBeyondTheIdeaToEveryMember() throws Exception {
        mvc.perform(item("X", "Texte").with(as("jmverdin")));
        long id = jdbc.queryForObject("select max(id) from editorial_item", Long.class);
        String month = YearMonth.from(LocalDate.now(clock).plusDays(3)).toString();
        assertThat(Html.parse(mvc.perform(get("/calendar").param("month", month).with(as("fvandernoot"))))
                .select(".calendar-publication")).as("an idea stays with the communication").isEmpty();
        advance(id, "jmverdin");
        Document calendar = Html.parse(mvc.perform(get("/calendar").param("month", month).with(as("fvandernoot"))));
        assertThat(Html.texts(calendar, ".calendar-publication")).anySatisfy(bar -> assertThat(bar).startsWith("X (Twitter) · Brussels Days à Prague"));
        // Shown, but no link to a page the reader may not open; the communication officer's opens it.
        assertThat(calendar.select(".calendar-publication[href]")).isEmpty();
        mvc.perform(get("/communication/items/" + id + "/edit").with(as("fvandernoot")))
                .andExpect(status().isForbidden());
        Document officers = Html.parse(mvc.perform(get("/calendar").param("month", month).with(as("jmverdin"))));
        assertThat(officers.select(".calendar-publication").eachAttr("href"))
                .contains("/communication/items/" + id + "/edit");
    }

    @Test
    void nobodyElseSeesOrPlansTheCalendar() throws Exception {
        mvc.perform(get("/communication/calendar").with(as("fvandernoot"))).andExpect(status().isForbidden());
        mvc.perform(item("X", "Texte").with(as("wvanwaeyenberge"))).andExpect(status().isForbidden());
    }

    /** An item planned by mistake is removed after a confirmation; one published stays. */
    @Test
    void anItemIsRemovedUnlessPublished() throws Exception {
        mvc.perform(item("X", "Texte").with(as("jmverdin")));
        long id = jdbc.queryForObject("select max(id) from editorial_item", Long.class);
        Document page = Html.parse(mvc.perform(get("/communication/items/" + id + "/edit").with(as("jmverdin"))));
        assertThat(page.select("details.confirm-action form[action=/communication/items/" + id + "/delete]"))
                .hasSize(1);
        mvc.perform(post("/communication/items/" + id + "/delete").with(csrf()).with(as("fvandernoot"))
                .param("version", version(id))).andExpect(status().isForbidden());
        mvc.perform(post("/communication/items/" + id + "/delete").with(csrf()).with(as("jmverdin"))
                .param("version", version(id))).andExpect(flash().attribute("success", "editorial.removed"));
        assertThat(jdbc.queryForObject("select count(*) from editorial_item where id = ?", Long.class, id)).isZero();

        mvc.perform(item("X", "Parue").with(as("jmverdin")));
        long published = jdbc.queryForObject("select max(id) from editorial_item", Long.class);
        jdbc.update("update editorial_item set status = 'PUBLISHED', approved_by = 'gclerckx', approved_at = now()"
                + " where id = ?", published);
        mvc.perform(post("/communication/items/" + published + "/delete").with(csrf()).with(as("jmverdin"))
                .param("version", version(published)))
                .andExpect(flash().attribute("failure", "editorial.refused.publishedStays"));
    }

    private ResultActions advance(long id, String who) throws Exception {
        return mvc.perform(post("/communication/items/" + id + "/advance").with(csrf()).with(as(who))
                .param("version", version(id)));
    }

    private MockHttpServletRequestBuilder item(String channel, String text) {
        return post("/communication/items").with(csrf()).param("channel", channel)
                .param("day", LocalDate.now(clock).plusDays(3).toString()).param("time", "10:00")
                .param("title", "Brussels Days à Prague").param("text", text).param("partner", "");
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private String stateOf(long id) {
        return jdbc.queryForObject("select status from editorial_item where id = ?", String.class, id);
    }

    private String version(long id) {
        return jdbc.queryForObject("select version from editorial_item where id = ?", String.class, id);
    }
}
