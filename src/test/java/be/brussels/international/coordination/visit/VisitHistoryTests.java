package be.brussels.international.coordination.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import be.brussels.international.coordination.CommittedChanges;
import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * What was corrected or removed on a visit (a member, an item, a gift) stays in the visit's history, with
 * what it said; and an agreement's corrected or removed step in the agreement's. Committed (Envers writes at
 * commit), then undone.
 */
@IntegrationTest
class VisitHistoryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

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

    /** A visit of one day: its history and a refused item say that day, not « du 18 déc. au 18 déc. ». */
    @Test
    @WithUserDetails("wvanwaeyenberge")
    void aVisitOfOneDayIsThatDayInItsHistoryAndItsRefusals() throws Exception {
        LocalDate day = LocalDate.now(clock).plusDays(40);
        MvcResult created = mvc.perform(post("/visits").with(csrf()).param("direction", "INCOMING")
                .param("kind", "WORKING").param("partner", "quebec").param("title", "Mission d'un jour")
                .param("startsOn", day.toString()).param("endsOn", day.toString())).andReturn();
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replace("/visits/", ""));
        MvcResult refused = mvc.perform(post("/visits/" + id + "/programme").with(csrf()).param("version", version(id))
                .param("day", day.plusDays(1).toString()).param("startsAt", "09:00").param("endsAt", "10:00")
                .param("activity", "Le lendemain")).andReturn();
        assertThat(Html.text(be.brussels.international.coordination.Refusals.pageAfter(mvc, refused), "#form-errors"))
                .contains("Ce point doit se situer le jour de la visite, le " + inFrench(day) + ".");

        Document history = Html.parse(mvc.perform(get("/visits/" + id + "/history")));
        assertThat(Html.texts(history, "#changes tbody td:nth-child(3)"))
                .contains("Visite « Mission d'un jour » enregistrée (Prévue, " + inFrench(day) + ").");
    }

    @Test
    @WithUserDetails("wvanwaeyenberge")
    void aRemovedMemberAndACorrectedItemStayInTheVisitsHistory() throws Exception {
        LocalDate start = LocalDate.now(clock).plusDays(40);
        MvcResult created = mvc.perform(post("/visits").with(csrf()).param("direction", "INCOMING")
                .param("kind", "WORKING").param("partner", "quebec").param("title", "Mission historique")
                .param("startsOn", start.toString()).param("endsOn", start.plusDays(1).toString())).andReturn();
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replace("/visits/", ""));
        mvc.perform(post("/visits/" + id + "/members").with(csrf()).param("version", version(id))
                .param("precedence", "1").param("name", "Jean Modèle").param("title", "Ministre"))
                .andExpect(flash().attribute("success", "visit.member.added"));
        mvc.perform(post("/visits/" + id + "/programme").with(csrf()).param("version", version(id))
                .param("day", start.toString()).param("startsAt", "09:00").param("endsAt", "10:00")
                .param("activity", "Acceuil")).andExpect(flash().attribute("success", "visit.item.added"));
        long member = jdbc.queryForObject("select id from visit_member where visit_id = ?", Long.class, id);
        long item = jdbc.queryForObject("select id from programme_item where visit_id = ?", Long.class, id);
        mvc.perform(post("/visits/" + id + "/programme/" + item).with(csrf()).param("version", version(id))
                .param("day", start.toString()).param("startsAt", "09:00").param("endsAt", "10:00")
                .param("activity", "Accueil")).andExpect(flash().attribute("success", "visit.item.changed"));
        mvc.perform(post("/visits/" + id + "/members/" + member + "/delete").with(csrf()).param("version", version(id)))
                .andExpect(flash().attribute("success", "visit.member.removed"));

        Document history = Html.parse(mvc.perform(get("/visits/" + id + "/history")));
        assertThat(Html.texts(history, "#changes tbody td:nth-child(3)")).contains(
                "Membre Jean Modèle retiré de la délégation (Ministre).",
                "Point du programme modifié : " + inFrench(start) + " à 09:00, Accueil.",
                "Point du programme ajouté : " + inFrench(start) + " à 09:00, Acceuil.");
        assertThat(Html.texts(history, "#changes tbody td:nth-child(2)")).contains("Willy Van Waeyenberge");
    }

    @Test
    @WithUserDetails("fvandernoot")
    void aRemovedStepStaysInTheAgreementsHistory() throws Exception {
        long id = jdbc.queryForObject("select a.id from agreement a join partner p on p.id = a.partner_id"
                + " where p.slug = 'quebec' order by a.id limit 1", Long.class);
        mvc.perform(post("/agreements/" + id + "/life").with(csrf()).param("version", agreementVersion(id))
                .param("kind", "AMENDED").param("occurredOn", "2021-03-01").param("note", "Avenant n° 1"))
                .andExpect(flash().attribute("success", "agreement.life.recorded"));
        long step = jdbc.queryForObject("select max(id) from agreement_event where agreement_id = ?", Long.class, id);
        mvc.perform(post("/agreements/" + id + "/life/" + step + "/delete").with(csrf())
                .param("version", agreementVersion(id))).andExpect(flash().attribute("success", "agreement.life.removed"));

        Document history = Html.parse(mvc.perform(get("/agreements/" + id + "/history")));
        assertThat(Html.texts(history, "#changes tbody td:nth-child(3)"))
                .contains("Étape « Modifié par avenant » du 1er mars 2021 supprimée. Avenant n° 1",
                        "Étape « Modifié par avenant » du 1er mars 2021 enregistrée. Avenant n° 1");
    }

    private String agreementVersion(long id) {
        return String.valueOf(jdbc.queryForObject("select version from agreement where id = ?", Long.class, id));
    }

    private static String inFrench(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", Locale.FRENCH).format(date);
    }

    private String version(long id) {
        return String.valueOf(jdbc.queryForObject("select version from delegation_visit where id = ?", Long.class, id));
    }
}
