package be.brussels.international.coordination.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import be.brussels.international.coordination.Refusals;
import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.partner.PartnerCatalog;
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
        // Ending an office is asked for, then confirmed (a disclosure holding the form), as removing is.
        assertThat(page.select("details.confirm-action form[action=/partners/quebec/contacts/" + id + "/end]"))
                .hasSize(1);
        mvc.perform(post("/partners/quebec/contacts/" + id + "/end").with(csrf()))
                .andExpect(flash().attribute("success", "contact.ended"));
        entityManager.flush();
        entityManager.clear();
        Document after = Html.parse(mvc.perform(get("/partners/quebec")));
        assertThat(Html.text(after, "#contact-list")).contains("Marie Tremblay", "n’est plus en fonction depuis le");
    }

    @Test
    void aContactWithABadAddressIsRefusedAndWhatWasTypedComesBack() throws Exception {
        MvcResult result = mvc.perform(post("/partners/quebec/contacts").with(csrf()).param("name", "Jean Roy")
                .param("email", "jean@").param("fromOn", "2026-02-30")).andExpect(status().isFound())
                .andExpect(flash().attribute("failure", "form.refused")).andReturn();
        assertThat(Refusals.fieldErrors(result, "contactForm")).containsEntry("email", "Pattern")
                .containsEntry("fromOn", "typeMismatch");
        Document page = Refusals.pageAfter(mvc, result);
        assertThat(page.selectFirst("#contact-name").val()).isEqualTo("Jean Roy");
        assertThat(page.selectFirst("#contact-email").val()).isEqualTo("jean@");
        assertThat(page.selectFirst("#contact-fromOn").val()).isEqualTo("2026-02-30");
        assertThat(Html.text(page, "#contact-email-error")).isEqualTo("Cette adresse e-mail n’est pas valide.");
        assertThat(Html.text(page, "#contact-fromOn-error")).startsWith("Saisissez une date réelle");
        assertThat(page.selectFirst("#contact-email").attr("aria-describedby")).isEqualTo("contact-email-error");
        assertThat(page.select("details:has(#contact-name)").attr("open")).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from partner_contact", Integer.class)).isZero();
    }

    @Test
    void whatTheColumnsRefuseTheFormRefusesFirst() throws Exception {
        // Unicode spaces are spaces for PostgreSQL's check too; 51 characters do not fit a language.
        for (String email : new String[] {"a\u2003b@example.org", "a@exa\u3000mple.org"}) {
            MvcResult result = mvc.perform(post("/partners/quebec/contacts").with(csrf()).param("name", "Jean Roy")
                    .param("email", email)).andExpect(status().isFound()).andReturn();
            assertThat(Refusals.fieldErrors(result, "contactForm")).as(email).containsEntry("email", "Pattern");
        }
        MvcResult result = mvc.perform(post("/partners/quebec/contacts").with(csrf()).param("name", "Jean Roy")
                .param("language", "x".repeat(51))).andExpect(status().isFound()).andReturn();
        assertThat(Refusals.fieldErrors(result, "contactForm")).containsEntry("language", "Size");
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
        assertThat(Html.text(page, "#note-list")).contains("Appel", "Appel avec la Délégation générale", "Florence Vandernoot");
        Document home = Html.parse(mvc.perform(get("/")));
        assertThat(Html.texts(home, "#quiet-partners a")).doesNotContain("Québec").contains("Ljubljana");
    }

    @Test
    void aNoteInTheFutureOrIncompleteIsRefusedWithTheTextKept() throws Exception {
        MvcResult future = mvc.perform(post("/partners/quebec/notes").with(csrf()).param("kind", "CALL")
                .param("occurredOn", LocalDate.now(clock).plusDays(3).toString()).param("summary", "Plus tard"))
                .andExpect(flash().attribute("failure", "form.refused")).andReturn();
        assertThat(Refusals.fieldErrors(future, "noteForm")).containsEntry("occurredOn", "note.refused.future");
        assertThat(Refusals.pageAfter(mvc, future).selectFirst("#note-summary").text()).isEqualTo("Plus tard");

        MvcResult incomplete = mvc.perform(post("/partners/quebec/notes").with(csrf()).param("kind", "NOPE")
                .param("summary", "x")).andReturn();
        assertThat(Refusals.fieldErrors(incomplete, "noteForm")).containsEntry("kind", "typeMismatch")
                .containsEntry("occurredOn", "NotNull");

        MvcResult impossible = mvc.perform(post("/partners/quebec/notes").with(csrf()).param("kind", "MEETING")
                .param("occurredOn", "2026-02-30").param("summary", "Réunion")).andReturn();
        Document page = Refusals.pageAfter(mvc, impossible);
        assertThat(page.selectFirst("#note-occurredOn").val()).isEqualTo("2026-02-30");
        assertThat(page.selectFirst("#note-kind option[selected]").val()).isEqualTo("MEETING");
        assertThat(Html.text(page, "#note-occurredOn-error")).startsWith("Saisissez une date réelle");
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

    @Autowired
    Contacts contacts;

    @Autowired
    PartnerCatalog partners;

    /**
     * A partner's page reads its contacts and latest notes in one statement: the same as reading each alone, in the
     * same orders (current contacts by name, then past ones latest first; notes latest first), however many there are,
     * and none for a partner without.
     */
    @Test
    void contactsAndLatestNotesReadTogetherAreThoseReadApart() {
        long quebec = jdbc.queryForObject("select id from partner where slug = 'quebec'", Long.class);
        for (int i = 0; i < 4; i++) {
            jdbc.update("insert into partner_contact (partner_id, name, from_on, to_on) values (?, ?, ?, ?)", quebec,
                    "Contact " + (char) ('D' - i), LocalDate.of(2020, 1, 1), i % 2 == 0 ? null : LocalDate.of(2024, 1, i + 1));
        }
        for (int i = 0; i < 14; i++) {
            jdbc.update("insert into partner_note (partner_id, kind, occurred_on, summary, author)"
                    + " values (?, 'MEETING', ?, ?, 'fvandernoot')", quebec, LocalDate.of(2025, 1 + i % 12, 1 + i), "Note " + i);
        }
        entityManager.clear();
        Partner partner = partners.findBySlug("quebec").orElseThrow();
        Contacts.OfPartner together = contacts.contactsAndLatestNotesOf(partner, 10);
        assertThat(together.contacts()).hasSizeGreaterThanOrEqualTo(4).containsExactlyElementsOf(contacts.contactsOf(partner));
        List<LocalDate> left = together.contacts().stream().map(PartnerContact::getToOn).toList();
        assertThat(left.subList(left.lastIndexOf(null) + 1, left.size())).as("current ones first, then former ones")
                .doesNotContainNull().containsExactly(LocalDate.of(2024, 1, 4), LocalDate.of(2024, 1, 2));
        assertThat(together.latestNotes()).hasSize(10).containsExactlyElementsOf(entityManager.createQuery(
                "select n from PartnerNote n where n.partner.id = :partner order by n.occurredOn desc, n.id desc",
                PartnerNote.class).setParameter("partner", quebec).setMaxResults(10).getResultList());

        jdbc.update("insert into partner (slug, designation_fr, name_fr, name_nl, name_en, kind, country_code, continent,"
                + " time_zone) values ('nowhere', 'Nulle part', 'Nulle part', 'Nergens', 'Nowhere', 'CITY', 'BE', 'EUROPE',"
                + " 'Europe/Brussels')");
        entityManager.clear();
        Contacts.OfPartner empty = contacts.contactsAndLatestNotesOf(partners.findBySlug("nowhere").orElseThrow(), 10);
        assertThat(empty.contacts()).isEmpty();
        assertThat(empty.latestNotes()).isEmpty();
    }

    /** Contact names in the order the reader's language sorts them, not by character codes. */
    @Test
    void currentContactsAreSortedAsTheReadersLanguageSortsNames() {
        long quebec = jdbc.queryForObject("select id from partner where slug = 'quebec'", Long.class);
        jdbc.update("delete from partner_contact where partner_id = ?", quebec);
        for (String name : new String[] { "Zoé Zed", "Émile Été", "alain Abc", "Bernard Bee" }) {
            jdbc.update("insert into partner_contact (partner_id, name, from_on) values (?, ?, current_date)", quebec, name);
        }
        entityManager.clear();
        Partner partner = partners.findBySlug("quebec").orElseThrow();
        assertThat(contacts.contactsAndLatestNotesOf(partner, 10).contacts()).extracting(PartnerContact::getName)
                .containsExactly("alain Abc", "Bernard Bee", "Émile Été", "Zoé Zed");
        assertThat(contacts.contactsOf(partner)).extracting(PartnerContact::getName)
                .containsExactly("alain Abc", "Bernard Bee", "Émile Été", "Zoé Zed");
    }
}
