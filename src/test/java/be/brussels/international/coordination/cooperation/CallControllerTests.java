package be.brussels.international.coordination.cooperation;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import be.brussels.international.coordination.Refusals;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Codrat-Alin Teclu's 2027 call: created, applications recorded and granted, 82 % committed. Rolled back. */
@IntegrationTest
@Transactional
@WithUserDetails("cteclu")
class CallControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void theCallIsCreatedFundedAndShowsWhatIsCommitted() throws Exception {
        String location = mvc.perform(post("/calls").with(csrf()).param("titleFr", "Appel à projets 2027")
                .param("titleNl", "Projectoproep 2027").param("titleEn", "Call for projects 2027").param("year", "2027")
                .param("opensOn", "2027-01-15").param("deadlineOn", "2027-03-31").param("budget", "100000")
                .param("targets", "chennai", "rabat-sale-kenitra")).andExpect(status().isFound()).andReturn()
                .getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replace("/calls/", ""));
        mvc.perform(post("/calls/" + id + "/advance").with(csrf()).param("version", version(id)))
                .andExpect(flash().attribute("success", "call.advanced"));
        String[][] applications = { { "chennai", "40000" }, { "rabat-sale-kenitra", "30000" }, { "chennai", "12000" },
                { "rabat-sale-kenitra", "50000" } };
        for (String[] application : applications) {
            mvc.perform(post("/calls/" + id + "/applications").with(csrf()).param("version", version(id))
                    .param("partner", application[0]).param("applicant", "ONG").param("title", "Projet " + application[1])
                    .param("requested", application[1])).andExpect(flash().attribute("success", "call.application.received"));
        }
        entityManager.flush();
        long[] ids = jdbc.queryForList("select id from project_application where call_id = ? order by id", Long.class, id)
                .stream().mapToLong(Long::longValue).toArray();
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/calls/" + id + "/applications/" + ids[i] + "/decide").with(csrf()).param("version", version(id))
                    .param("status", "ELIGIBLE")).andExpect(flash().attribute("success", "call.application.decided"));
            mvc.perform(post("/calls/" + id + "/applications/" + ids[i] + "/grant").with(csrf()).param("version", version(id))
                    .param("amount", applications[i][1])).andExpect(flash().attribute("success", "call.application.awarded"));
        }
        mvc.perform(post("/calls/" + id + "/applications/" + ids[3] + "/decide").with(csrf()).param("version", version(id))
                .param("status", "ELIGIBLE"));
        mvc.perform(post("/calls/" + id + "/applications/" + ids[3] + "/grant").with(csrf()).param("version", version(id))
                .param("amount", "20000")).andExpect(flash().attribute("failure", "cooperation.refused.overBudget"))
                .andExpect(flash().attribute("typedAmount", "20000"));
        mvc.perform(post("/calls/" + id + "/applications/" + ids[3] + "/grant").with(csrf()).param("version", version(id))
                .param("amount", "abc")).andExpect(flash().attribute("failure", "cooperation.refused.amount"));
        // What BigDecimal would read but nobody types as a score: refused, the typed text kept.
        for (String score : new String[] {"1e2", "+5", "\uFF11\uFF12"}) {
            mvc.perform(post("/calls/" + id + "/applications/" + ids[3] + "/evaluate").with(csrf())
                    .param("version", version(id)).param("score", score))
                    .andExpect(flash().attribute("failure", "cooperation.refused.score"))
                    .andExpect(flash().attribute("typedScore", score));
        }

        MvcResult refusedScore = mvc.perform(post("/calls/" + id + "/applications/" + ids[3] + "/evaluate").with(csrf())
                .param("version", version(id)).param("score", "150")).andReturn();
        Document refusedPage = be.brussels.international.coordination.Refusals.pageAfter(mvc, refusedScore);
        assertThat(refusedPage.select("#score-" + ids[3]).hasClass("is-invalid")).as("the refused score beside its field")
                .isTrue();
        assertThat(Html.text(refusedPage, "#application-error-" + ids[3])).isNotBlank();
        assertThat(refusedPage.select("#score-" + ids[3]).attr("aria-describedby")).isEqualTo("application-error-" + ids[3]);
        mvc.perform(post("/calls/" + id + "/applications/" + ids[3] + "/evaluate").with(csrf())
                .param("version", version(id)).param("score", "82,5"));

        entityManager.flush();
        entityManager.clear();
        Document page = Html.parse(mvc.perform(get("/calls/" + id)).andExpect(status().isOk()));
        assertThat(Html.text(page, "#budget")).contains("(82 %)").matches(".*100\\h000,00 €.*82\\h000,00 €.*");
        assertThat(page.select("#application-list tbody tr")).hasSize(4);
        // The score and the amount to grant as the table writes numbers in the reader's language (« 82.50 » before).
        assertThat(page.select("#score-" + ids[3]).val()).isEqualTo("82,5");
        assertThat(page.select("#amount-" + ids[3]).val()).isEqualTo("50000,00");
        assertThat(Html.parse(mvc.perform(get("/calls/" + id).param("lang", "en"))).select("#score-" + ids[3]).val())
                .isEqualTo("82.5");
        Document list = Html.parse(mvc.perform(get("/calls")));
        assertThat(Html.text(list, "#call-list tbody tr")).contains("Appel à projets 2027", "82 %");
    }

    /**
     * An application comes from a development-cooperation partner whose partnership runs, among the call's targets:
     * the form offers only those, and a request naming another is refused on the partner's field, saying why.
     */
    @Test
    void anApplicationFromAPartnerTheCallCannotTakeIsRefusedOnItsField() throws Exception {
        String location = mvc.perform(post("/calls").with(csrf()).param("titleFr", "Appel à projets 2027")
                .param("titleNl", "Projectoproep 2027").param("titleEn", "Call for projects 2027").param("year", "2027")
                .param("opensOn", "2027-01-15").param("deadlineOn", "2027-03-31").param("budget", "100000")
                .param("targets", "chennai", "rabat-sale-kenitra")).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replace("/calls/", ""));
        mvc.perform(post("/calls/" + id + "/advance").with(csrf()).param("version", version(id)))
                .andExpect(flash().attribute("success", "call.advanced"));
        entityManager.flush();
        jdbc.update("update partner set ended_on = current_date, end_reason = 'Test' where slug = 'rabat-sale-kenitra'");
        entityManager.clear();

        Document page = Html.parse(mvc.perform(get("/calls/" + id)).andExpect(status().isOk()));
        assertThat(page.select("#partner option").eachAttr("value")).containsExactly("", "chennai");

        String[][] refused = { { "rabat-sale-kenitra", "Le partenariat avec ce partenaire est terminé" },
            { "quebec", "Ce partenaire n’est pas un partenaire de la coopération au développement" },
            { "kinshasa", "Cet appel ne vise pas ce partenaire" } };
        for (String[] partner : refused) {
            MvcResult result = mvc.perform(post("/calls/" + id + "/applications").with(csrf()).param("version", version(id))
                    .param("partner", partner[0]).param("applicant", "ONG typée").param("title", "Projet")
                    .param("requested", "1000")).andReturn();
            Document after = Refusals.pageAfter(mvc, result);
            assertThat(Html.text(after, "#partner-error")).as(partner[0]).contains(partner[1]);
            assertThat(after.selectFirst("#applicant").val()).isEqualTo("ONG typée");
        }
        entityManager.flush();
        assertThat(jdbc.queryForObject("select count(*) from project_application where call_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void aCallWithDatesOutOfOrderComesBackWithWhatWasTyped() throws Exception {
        Document page = Html.parse(mvc.perform(post("/calls").with(csrf()).param("lang", "nl").param("titleFr", "Appel")
                .param("titleNl", "Oproep").param("titleEn", "Call").param("year", "2027").param("opensOn", "2027-03-01")
                .param("deadlineOn", "2027-01-01").param("budget", "-5")).andExpect(status().isOk()));
        assertThat(Html.texts(page, ".invalid-feedback")).contains("De uiterste datum mag niet vóór de opening liggen.",
                "Het bedrag moet groter zijn dan nul.");
        assertThat(page.selectFirst("#titleNl").attr("value")).isEqualTo("Oproep");
    }

    @Test
    void aBudgetOfZeroOrOfTooManyDigitsIsToldWhatIsWrongOnce() throws Exception {
        for (String[] budget : new String[][] {{"0", "Le montant doit être supérieur à zéro."},
            {"999999999999999", "Au plus 12 chiffres avant la virgule et 2 après."},
            {"12.345", "Au plus 12 chiffres avant la virgule et 2 après."}}) {
            Document page = Html.parse(mvc.perform(post("/calls").with(csrf()).param("titleFr", "Appel")
                    .param("titleNl", "Oproep").param("titleEn", "Call").param("year", "2027")
                    .param("opensOn", "2027-01-01").param("deadlineOn", "2027-03-01").param("budget", budget[0]))
                    .andExpect(status().isOk()));
            // One message, not two saying the same (« too many digits » and « too large »).
            assertThat(Html.text(page, "#budget-error")).as(budget[0]).isEqualTo(budget[1]);
            assertThat(page.selectFirst("#budget").attr("value")).isEqualTo(budget[0]);
        }
    }

    @Test
    @WithUserDetails("pgerard")
    void otherStaffReadCallsButDoNotRecordThem() throws Exception {
        mvc.perform(get("/calls")).andExpect(status().isOk());
        mvc.perform(get("/calls/new")).andExpect(status().isForbidden());
        mvc.perform(post("/calls").with(csrf()).param("titleFr", "x").param("titleNl", "x").param("titleEn", "x")
                .param("year", "2027").param("opensOn", "2027-01-01").param("deadlineOn", "2027-02-01")
                .param("budget", "10")).andExpect(status().isForbidden());
    }

    private String version(long id) {
        entityManager.flush();
        return String.valueOf(jdbc.queryForObject("select version from call_for_projects where id = ?", Long.class, id));
    }
}
