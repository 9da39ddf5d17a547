package be.brussels.international.coordination.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.List;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.shared.Dates;
import be.brussels.international.coordination.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The coordinator's pages, through the web layer with security; each test is rolled back. */
@IntegrationTest
@Transactional
class ReassignmentControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager entityManager;

    @Test
    @WithUserDetails("pgerard")
    void staffGetForbiddenPagesAndTheirPostsAreRefused() throws Exception {
        mvc.perform(get("/dossiers/sofia/reassign")).andExpect(status().isForbidden());
        mvc.perform(replaceSofia(version())).andExpect(status().isForbidden());
        mvc.perform(post("/dossiers/sofia/undo").param("version", "0").param("reason", "x").with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/workload")).andExpect(status().isForbidden());
        mvc.perform(get("/staff/pgerard/handover")).andExpect(status().isForbidden());
        Document page = Html.parse(mvc.perform(get("/dossiers/sofia")));
        assertThat(page.select("#reassign")).isEmpty();
        assertThat(holders()).containsExactly("pgerard");
    }

    @Test
    @WithUserDetails("wvanwaeyenberge")
    void protocolCannotReassignEither() throws Exception {
        mvc.perform(replaceSofia(version())).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("gclerckx")
    void withoutCsrfTokenNothingHappens() throws Exception {
        mvc.perform(post("/dossiers/sofia/reassign").param("kind", "REPLACE").param("holder", "pgerard")
                .param("successor", "fvandernoot").param("effectiveOn", today().toString()).param("reason", "x")
                .param("version", String.valueOf(version()))).andExpect(status().isForbidden());
        assertThat(holders()).containsExactly("pgerard");
    }

    @Test
    @WithUserDetails("gclerckx")
    void theCoordinatorReassignsSofiaAndEveryPageShowsIt() throws Exception {
        Document form = Html.parse(mvc.perform(get("/dossiers/sofia/reassign?holder=pgerard")).andExpect(status().isOk()));
        assertThat(form.selectFirst("#holder option[selected]").attr("value")).isEqualTo("pgerard");
        assertThat(form.selectFirst("#effectiveOn").attr("value")).isEqualTo(today().toString());

        mvc.perform(replaceSofia(version())).andExpect(redirectedUrl("/dossiers/sofia"))
                .andExpect(flash().attribute("success", "reassignment.done"));

        assertThat(holders()).containsExactly("fvandernoot");
        Document dossier = Html.parse(mvc.perform(get("/dossiers/sofia")));
        assertThat(Html.texts(dossier, "section:has(#current) li a")).containsExactly("Florence Vandernoot");
        assertThat(Html.text(dossier, "section:has(#latest)")).contains("Remplacer un titulaire", "Geoffroy Clerckx",
                "Portefeuille rééquilibré");
        Document florence = Html.parse(mvc.perform(get("/staff/fvandernoot")));
        assertThat(Html.texts(florence, "section li > a:first-child")).contains("Sofia");
        Document pierre = Html.parse(mvc.perform(get("/staff/pgerard")));
        assertThat(Html.texts(pierre, "section li > a:first-child")).containsExactly("Mazovie");
        Document partner = Html.parse(mvc.perform(get("/partners/sofia")));
        assertThat(Html.texts(partner, "#holders a")).containsExactly("Florence Vandernoot");
    }

    @Test
    @WithUserDetails("gclerckx")
    void aFutureReassignmentShowsFromItsDate() throws Exception {
        LocalDate next = today().plusDays(10);
        mvc.perform(replaceSofia(version(), "fvandernoot", next)).andExpect(status().isFound());

        Document partner = Html.parse(mvc.perform(get("/partners/sofia")));
        assertThat(Html.text(partner, "#holders")).contains("Pierre Gérard", "Florence Vandernoot",
                "à partir du " + next.getDayOfMonth());
    }

    @Test
    @WithUserDetails("gclerckx")
    void aFormWithErrorsComesBackWithWhatWasTypedAndMessages() throws Exception {
        Document page = Html.parse(mvc.perform(post("/dossiers/sofia/reassign").with(csrf()).param("kind", "REPLACE")
                .param("holder", "pgerard").param("successor", "").param("effectiveOn", "not-a-date")
                .param("reason", "   ").param("version", String.valueOf(version())).param("lang", "en"))
                .andExpect(status().isOk()));

        assertThat(Html.texts(page, ".invalid-feedback")).contains("This field is required.",
                "Enter a real date between 1 January 1950 and 31 December 2100.", "Choose the new holder.");
        assertThat(page.selectFirst("#holder option[selected]").attr("value")).isEqualTo("pgerard");
        assertThat(page.selectFirst("#effectiveOn").attr("value")).isEqualTo("not-a-date");
        assertThat(holders()).containsExactly("pgerard");
    }

    @Test
    @WithUserDetails("gclerckx")
    void aRefusedDecisionIsExplainedInTheReadersLanguage() throws Exception {
        Document page = Html.parse(mvc.perform(replaceSofia(version(), "pgerard", today()).param("lang", "nl"))
                .andExpect(status().isOk()));
        assertThat(Html.text(page, "#form-errors")).contains("Pierre Gérard beheert dit dossier al.");
        assertThat(page.selectFirst("#reason").text()).isEqualTo("Portefeuille rééquilibré");
    }

    @Test
    @WithUserDetails("gclerckx")
    void aStaleFormIsAConflictShowingTheCurrentState() throws Exception {
        long seen = version();
        mvc.perform(post("/dossiers/sofia/reassign").with(csrf()).param("kind", "ADD").param("successor", "dverheyden")
                .param("effectiveOn", today().toString()).param("reason", "Renfort").param("version",
                        String.valueOf(seen))).andExpect(status().isFound());

        Document page = Html.parse(mvc.perform(replaceSofia(seen)).andExpect(status().isConflict()));
        assertThat(Html.text(page, "#form-errors")).contains("vient d’être modifié");
        assertThat(Html.texts(page, "#current-holders li")).anyMatch(t -> t.startsWith("Daniël Verheyden"));
        assertThat(page.selectFirst("input[name=version]").attr("value")).isEqualTo(String.valueOf(version()));
        assertThat(holders()).containsExactly("dverheyden", "pgerard");
    }

    @Test
    @WithUserDetails("gclerckx")
    void theLatestDecisionCanBeUndoneFromTheDossierPage() throws Exception {
        mvc.perform(replaceSofia(version())).andExpect(status().isFound());
        mvc.perform(post("/dossiers/sofia/undo").with(csrf()).param("version", String.valueOf(version()))
                .param("reason", "Erreur")).andExpect(redirectedUrl("/dossiers/sofia"))
                .andExpect(flash().attribute("success", "reassignment.undone"));
        assertThat(holders()).containsExactly("pgerard");
        // The undone holding says why it never counted, in the dossier's history.
        entityManager.flush();
        assertThat(Html.texts(Html.parse(mvc.perform(get("/dossiers/sofia"))), "section#history .annulment, "
                + "section[aria-labelledby=history] .annulment")).contains("par Geoffroy Clerckx : « Erreur »");
    }

    /** The reason the reference data gave, written once in French, is read in the reader's language. */
    @Test
    @WithUserDetails("gclerckx")
    void theReferenceDatasReasonIsReadInTheReadersLanguage() throws Exception {
        assertThat(Html.text(Html.parse(mvc.perform(get("/dossiers/sofia?lang=en"))), "section[aria-labelledby=history]"))
                .contains("Dossiers assigned according to the cell’s organisation chart").doesNotContain("organigramme");
    }

    /** Whoever holds the dossier today comes first, then those to come by date, whatever their names. */
    @Test
    @WithUserDetails("gclerckx")
    void todaysHolderComesBeforeThoseToComeWhateverTheirNames() throws Exception {
        mvc.perform(replaceSofia(version(), "gclerckx", today().plusDays(7))).andExpect(status().isFound());
        entityManager.flush();
        assertThat(Html.texts(Html.parse(mvc.perform(get("/dossiers/sofia"))), "section[aria-labelledby=current] li a"))
                .containsExactly("Pierre Gérard", "Geoffroy Clerckx");
    }

    @Test
    @WithUserDetails("gclerckx")
    void aDatedReassignmentIsShownAsScheduledAndItsUndoLeavesOneContinuousPeriod() throws Exception {
        LocalDate monday = today().plusDays(7);
        mvc.perform(replaceSofia(version(), "fvandernoot", monday)).andExpect(status().isFound());
        entityManager.flush();
        List<String> before = Html.texts(Html.parse(mvc.perform(get("/dossiers/sofia"))),
                "section[aria-labelledby=current] li");
        assertThat(before).hasSize(2).anyMatch(h -> h.startsWith("Pierre Gérard") && h.contains("jusqu’au"))
                .anyMatch(h -> h.startsWith("Florence Vandernoot") && h.contains("à partir du"));
        // The last day held, inclusive (the assignment ends on the day the next one starts).
        assertThat(before).anyMatch(h -> h.contains("jusqu’au " + Dates.medium(monday.minusDays(1), Locale.FRENCH)
                + " inclus"));
        // One reassignment, one change: who hands the dossier to whom, from that day.
        assertThat(Html.texts(Html.parse(mvc.perform(get("/workload"))), "#scheduled-changes li")).containsExactly(
                "Sofia · à partir du " + Dates.medium(monday, Locale.FRENCH) + " : Pierre Gérard → Florence Vandernoot");

        mvc.perform(post("/dossiers/sofia/undo").with(csrf()).param("version", String.valueOf(version()))
                .param("reason", "Erreur de date")).andExpect(flash().attribute("success", "reassignment.undone"));
        entityManager.flush();
        entityManager.clear();

        Document dossier = Html.parse(mvc.perform(get("/dossiers/sofia")));
        assertThat(Html.texts(dossier, "section[aria-labelledby=current] li")).singleElement().asString()
                .startsWith("Pierre Gérard depuis le").doesNotContain("jusqu’au", "à partir du");
        assertThat(dossier.select("tr.text-decoration-line-through").text()).contains("Florence Vandernoot")
                .doesNotContain("en cours");
        assertThat(Html.texts(dossier, "tbody tr:not(.text-decoration-line-through)")).as("Pierre's one period")
                .singleElement().asString().startsWith("Pierre Gérard 28 nov. 2026 en cours");
        assertThat(Html.texts(Html.parse(mvc.perform(get("/staff/pgerard"))), ".dossier-list li"))
                .filteredOn(h -> h.startsWith("Sofia")).singleElement().asString().doesNotContain("jusqu’au");
        assertThat(Html.parse(mvc.perform(get("/workload"))).select("#scheduled-changes li")).isEmpty();
    }

    @Test
    @WithUserDetails("gclerckx")
    void anUndoReasonLongerThanItsColumnIsRefusedNotAServerError() throws Exception {
        mvc.perform(replaceSofia(version())).andExpect(status().isFound());
        mvc.perform(post("/dossiers/sofia/undo").with(csrf()).param("version", String.valueOf(version()))
                .param("reason", "r".repeat(501))).andExpect(redirectedUrl("/dossiers/sofia"))
                .andExpect(flash().attribute("failure", "reassignment.refused.reasonTooLong"));
        assertThat(holders()).containsExactly("fvandernoot");
    }

    @Test
    @WithUserDetails("gclerckx")
    void theWorkloadShowsCountsByKindAndVacantDossiers() throws Exception {
        mvc.perform(post("/dossiers/sofia/reassign").with(csrf()).param("kind", "REMOVE").param("holder", "pgerard")
                .param("leaveVacant", "true").param("effectiveOn", "2026-11-28").param("reason", "Vacance")
                .param("version", String.valueOf(version()))).andExpect(status().isFound());

        Document page = Html.parse(mvc.perform(get("/workload")).andExpect(status().isOk()));
        assertThat(Html.texts(page, "#vacant-dossiers a")).containsExactly("Sofia");
        String clerckx = page.selectFirst("main a[href=/staff/gclerckx]").closest("tr").text();
        assertThat(clerckx).isEqualTo("Geoffroy Clerckx 5 0 3 8");
    }

    /** Not in a test transaction: the confirmation page's dry run must roll back on its own. */
    @Test
    @WithUserDetails("gclerckx")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    void aPortfolioIsHandedOverAfterAConfirmationPage() throws Exception {
        be.brussels.international.coordination.CommittedChanges committed =
                be.brussels.international.coordination.CommittedChanges.mark(jdbc);
        try {
            handOverPierresPortfolio();
        }
        finally {
            committed.undo();
        }
    }

    private void handOverPierresPortfolio() throws Exception {
        Document form = Html.parse(mvc.perform(get("/staff/pgerard/handover")).andExpect(status().isOk()));
        assertThat(form.select("tbody tr")).hasSize(2);

        Document confirmation = Html.parse(mvc.perform(handover("preview")).andExpect(status().isOk()));
        assertThat(Html.texts(confirmation, "#handover-summary tbody tr")).containsExactly(
                "Mazovie sans titulaire", "Sofia détenu par Florence Vandernoot");
        assertThat(holders()).as("nothing changed before confirming").containsExactly("pgerard");

        mvc.perform(handover("confirm")).andExpect(redirectedUrl("/staff/pgerard"))
                .andExpect(flash().attribute("success", "handover.done"));
        assertThat(holders()).containsExactly("fvandernoot");
        assertThat(jdbc.queryForObject("select enabled from user_account where username = 'pgerard'", Boolean.class))
                .isFalse();
        Document pierre = Html.parse(mvc.perform(get("/staff/pgerard")));
        assertThat(Html.texts(pierre, "section li")).allMatch(line -> line.contains("jusqu’au"));
        assertThat(Html.text(pierre, "main")).contains("A quitté la Cellule le");
        assertThat(pierre.select("#handover")).isEmpty();
    }

    @Test
    @WithUserDetails("gclerckx")
    void aHandoverWithoutSuccessorComesBackWithAMessage() throws Exception {
        Document page = Html.parse(mvc.perform(post("/staff/pgerard/handover").with(csrf())
                .param("versions[sofia]", String.valueOf(version())).param("effectiveOn", today().toString())
                .param("reason", "Départ")).andExpect(status().isOk()));
        assertThat(Html.text(page, "#form-errors")).contains("Choisissez un successeur");
        assertThat(page.selectFirst("#reason").text()).isEqualTo("Départ");
    }

    private MockHttpServletRequestBuilder handover(String step) {
        return post("/staff/pgerard/handover").with(csrf()).param("step", step).param("successor", "fvandernoot")
                .param("choices[mazovia]", "VACANT").param("versions[sofia]", String.valueOf(version()))
                .param("versions[mazovia]", String.valueOf(version("mazovia")))
                .param("effectiveOn", today().plusDays(1).toString()).param("reason", "Départ de Pierre")
                .param("leaving", "true");
    }

    private MockHttpServletRequestBuilder replaceSofia(long version) {
        return replaceSofia(version, "fvandernoot", today());
    }

    private MockHttpServletRequestBuilder replaceSofia(long version, String successor, LocalDate on) {
        return post("/dossiers/sofia/reassign").with(csrf()).param("kind", "REPLACE").param("holder", "pgerard")
                .param("successor", successor).param("effectiveOn", on.toString())
                .param("reason", "Portefeuille rééquilibré").param("version", String.valueOf(version));
    }

    private long version() {
        return version("sofia");
    }

    private long version(String code) {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            entityManager.flush();
        }
        return jdbc.queryForObject("select version from dossier where code = ?", Long.class, code);
    }

    /** Who holds Sofia on the day after tomorrow (after any decision of these tests took effect). */
    private java.util.List<String> holders() {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            entityManager.flush();
        }
        LocalDate day = today().plusDays(2);
        return jdbc.queryForList("""
                select s.username from assignment a join staff_member s on s.id = a.staff_member_id
                join dossier d on d.id = a.dossier_id where d.code = 'sofia' and a.annulled_by_id is null
                and a.valid_from <= ? and (a.valid_to is null or a.valid_to > ?) order by s.username""",
                String.class, day, day);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
