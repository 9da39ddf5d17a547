package be.brussels.international.coordination.contact;

import java.time.Clock;
import java.time.LocalDate;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notes and contacts corrected and removed: a note by its author or the coordinator only, on a stale version a
 * conflict, and the partner's history keeping what was changed and deleted. Committed (the history is written
 * at commit), then undone.
 */
@IntegrationTest
class CorrectionsTests {

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

    @Test
    @WithUserDetails("fvandernoot")
    void florenceCorrectsHerNoteThenRemovesItAndTheHistoryKeepsWhatItSaid() throws Exception {
        mvc.perform(post("/partners/quebec/notes").with(csrf()).param("kind", "CALL")
                .param("occurredOn", LocalDate.now(clock).minusDays(1).toString())
                .param("summary", "Apel avec la Délégation")).andExpect(flash().attribute("success", "note.added"));
        long id = jdbc.queryForObject("select id from partner_note where summary = 'Apel avec la Délégation'",
                Long.class);
        Document partner = Html.parse(mvc.perform(get("/partners/quebec")));
        assertThat(partner.select("#note-" + id + " a[href$=/edit]")).hasSize(1);
        assertThat(partner.select("#note-" + id + " .confirm-action form[action$=/delete]")).hasSize(1);

        Document edit = Html.parse(mvc.perform(get("/partners/quebec/notes/" + id + "/edit")).andExpect(status().isOk()));
        assertThat(edit.selectFirst("#summary").text()).isEqualTo("Apel avec la Délégation");

        mvc.perform(post("/partners/quebec/notes/" + id).with(csrf()).param("version", "0").param("kind", "CALL")
                .param("occurredOn", LocalDate.now(clock).minusDays(1).toString())
                .param("summary", "Appel avec la Délégation"))
                .andExpect(redirectedUrl("/partners/quebec#notes")).andExpect(flash().attribute("success", "note.changed"));
        assertThat(jdbc.queryForObject("select summary from partner_note where id = ?", String.class, id))
                .isEqualTo("Appel avec la Délégation");

        // The page of someone who changed it meanwhile: a conflict, the form shown again with what was typed.
        Document stale = Html.parse(mvc.perform(post("/partners/quebec/notes/" + id).with(csrf()).param("version", "0")
                .param("kind", "MEETING").param("occurredOn", LocalDate.now(clock).minusDays(1).toString())
                .param("summary", "Réunion")).andExpect(status().isConflict()));
        assertThat(Html.text(stale, "#form-errors")).contains("Quelqu’un a modifié");
        assertThat(stale.selectFirst("#summary").text()).isEqualTo("Réunion");

        mvc.perform(post("/partners/quebec/notes/" + id + "/delete").with(csrf()).param("version", "1"))
                .andExpect(redirectedUrl("/partners/quebec#notes")).andExpect(flash().attribute("success", "note.removed"));
        assertThat(jdbc.queryForObject("select count(*) from partner_note where id = ?", Integer.class, id)).isZero();

        Document history = Html.parse(mvc.perform(get("/partners/quebec/history")));
        assertThat(Html.text(history, "main")).contains("supprimée (Appel) ; elle disait : Appel avec la Délégation",
                "modifiée (Appel) : Appel avec la Délégation", "ajoutée (Appel) : Apel avec la Délégation");
    }

    @Test
    @WithUserDetails("fvandernoot")
    void aNoteBySomeoneElseIsNotHersToChangeButTheCoordinatorMay() throws Exception {
        long id = jdbc.queryForObject("""
                insert into partner_note (partner_id, kind, occurred_on, summary, author)
                select id, 'MEETING', current_date - 2, 'Réunion du coordinateur', 'gclerckx' from partner
                where slug = 'quebec' returning id""", Long.class);
        Document partner = Html.parse(mvc.perform(get("/partners/quebec")));
        assertThat(partner.select("#note-" + id)).hasSize(1);
        assertThat(partner.select("#note-" + id + " a, #note-" + id + " form")).isEmpty();
        mvc.perform(get("/partners/quebec/notes/" + id + "/edit")).andExpect(status().isForbidden());
        mvc.perform(post("/partners/quebec/notes/" + id + "/delete").with(csrf()).param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from partner_note where id = ?", Integer.class, id)).isOne();
    }

    @Test
    @WithUserDetails("gclerckx")
    void theCoordinatorCorrectsAContactAndRemovesOneRecordedByMistake() throws Exception {
        mvc.perform(post("/partners/tokyo/contacts").with(csrf()).param("name", "Kenji Sato")
                .param("email", "k.sato@exmaple.jp")).andExpect(flash().attribute("success", "contact.added"));
        long id = jdbc.queryForObject("select id from partner_contact where name = 'Kenji Sato'", Long.class);

        mvc.perform(post("/partners/tokyo/contacts/" + id).with(csrf()).param("version", "0").param("name", "Kenji Sato")
                .param("email", "k.sato@example.jp")).andExpect(redirectedUrl("/partners/tokyo#contacts"));
        assertThat(jdbc.queryForObject("select email from partner_contact where id = ?", String.class, id))
                .isEqualTo("k.sato@example.jp");
        // A contact of Tokyo is not found under another partner.
        mvc.perform(post("/partners/quebec/contacts/" + id + "/delete").with(csrf()).param("version", "1"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/partners/tokyo/contacts/" + id + "/delete").with(csrf()).param("version", "1"))
                .andExpect(flash().attribute("success", "contact.removed"));
        assertThat(jdbc.queryForObject("select count(*) from partner_contact where id = ?", Integer.class, id)).isZero();
        assertThat(Html.text(Html.parse(mvc.perform(get("/partners/tokyo/history"))), "main"))
                .contains("Contact Kenji Sato supprimé (il disait : k.sato@example.jp)");
    }
}
