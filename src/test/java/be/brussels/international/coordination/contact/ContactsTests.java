package be.brussels.international.coordination.contact;

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
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Contacts and notes on a partner's page, with row rights; each test is rolled back. */
@IntegrationTest
@Transactional
@WithUserDetails("fvandernoot")
class ContactsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void florenceAddsQuebecsDelegateGeneralThenMarksHerAsPast() throws Exception {
        mvc.perform(post("/partners/quebec/contacts").with(csrf()).param("name", "Marie Tremblay")
                .param("function", "Déléguée générale du Québec à Bruxelles").param("email", "m.tremblay@example.org")
                .param("language", "français")).andExpect(flash().attribute("success", "contact.added"));
        Document page = Html.parse(mvc.perform(get("/partners/quebec")));
        assertThat(Html.text(page, "#contact-list")).contains("Marie Tremblay", "Déléguée générale du Québec à Bruxelles");

        long id = jdbc.queryForObject("select id from partner_contact where name = 'Marie Tremblay'", Long.class);
        mvc.perform(post("/partners/quebec/contacts/" + id + "/end").with(csrf()))
                .andExpect(flash().attribute("success", "contact.ended"));
        entityManager.flush();
        entityManager.clear();
        Document after = Html.parse(mvc.perform(get("/partners/quebec")));
        assertThat(Html.text(after, "#contact-list")).contains("Marie Tremblay", "ancien contact depuis le");
    }

    @Test
    void aContactWithABadAddressIsRefusedAndWhatWasTypedComesBack() throws Exception {
        mvc.perform(post("/partners/quebec/contacts").with(csrf()).param("name", "Jean Roy").param("email", "jean@"))
                .andExpect(flash().attribute("failure", "contact.email.invalid"));
        assertThat(jdbc.queryForObject("select count(*) from partner_contact", Integer.class)).isZero();
    }

    @Test
    void aNoteOfYesterdaysCallShowsAndQuebecIsNoLongerQuiet() throws Exception {
        Document before = Html.parse(mvc.perform(get("/")));
        assertThat(Html.texts(before, "#quiet-partners a")).contains("Québec", "Ljubljana");

        mvc.perform(post("/partners/quebec/notes").with(csrf()).param("kind", "CALL")
                .param("occurredOn", LocalDate.now(clock).minusDays(1).toString())
                .param("summary", "Appel avec la Délégation générale")).andExpect(flash().attribute("success", "note.added"));

        Document page = Html.parse(mvc.perform(get("/partners/quebec")));
        assertThat(Html.text(page, "#note-list")).contains("Appel", "Appel avec la Délégation générale", "fvandernoot");
        Document home = Html.parse(mvc.perform(get("/")));
        assertThat(Html.texts(home, "#quiet-partners a")).doesNotContain("Québec").contains("Ljubljana");
    }

    @Test
    void aNoteInTheFutureOrIncompleteIsRefusedWithTheTextKept() throws Exception {
        mvc.perform(post("/partners/quebec/notes").with(csrf()).param("kind", "CALL")
                .param("occurredOn", LocalDate.now(clock).plusDays(3).toString()).param("summary", "Plus tard"))
                .andExpect(flash().attribute("failure", "note.refused.future"))
                .andExpect(flash().attribute("typedNote", "Plus tard"));
        mvc.perform(post("/partners/quebec/notes").with(csrf()).param("kind", "NOPE").param("summary", "x"))
                .andExpect(flash().attribute("failure", "note.incomplete"));
        assertThat(jdbc.queryForObject("select count(*) from partner_note", Integer.class)).isZero();
    }

    @Test
    @WithUserDetails("pgerard")
    void anotherHoldersPartnerIsReadOnly() throws Exception {
        Document page = Html.parse(mvc.perform(get("/partners/quebec")));
        assertThat(page.select("#add-contact, #add-note")).isEmpty();
        mvc.perform(post("/partners/quebec/contacts").with(csrf()).param("name", "X")).andExpect(status().isForbidden());
        mvc.perform(post("/partners/quebec/notes").with(csrf()).param("kind", "CALL")
                .param("occurredOn", "2026-01-01").param("summary", "x")).andExpect(status().isForbidden());
    }
}
