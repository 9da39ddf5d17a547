package be.brussels.international.coordination.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import be.brussels.international.coordination.CommittedChanges;
import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import be.brussels.international.coordination.shared.Dates;
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
 * Thematic dossiers created, renamed and retired by the coordinator: created vacant, a code never taken twice,
 * retired with its holders stopped that day and its history kept. Committed, then undone.
 */
@IntegrationTest
@WithUserDetails("gclerckx")
class ThematicDossiersTests {

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
    void aThematicDossierIsCreatedVacantRenamedThenRetiredWithItsHoldersStopped() throws Exception {
        mvc.perform(post("/dossiers/new").with(csrf()).param("code", "expo-2030").param("titleFr", "Expo 2030 Riyad")
                .param("titleNl", "Expo 2030 Riyad").param("titleEn", "Expo 2030 Riyadh"))
                .andExpect(redirectedUrl("/dossiers/expo-2030")).andExpect(flash().attribute("success", "dossier.created"));
        assertThat(Html.parse(mvc.perform(get("/workload"))).select("#vacant-dossiers").text()).contains("Expo 2030");
        mvc.perform(post("/dossiers/expo-2030/edit").with(csrf()).param("version", version("expo-2030"))
                .param("titleFr", "Exposition universelle 2030").param("titleNl", "Wereldtentoonstelling 2030")
                .param("titleEn", "World Expo 2030")).andExpect(flash().attribute("success", "dossier.renamed"));
        assertThat(Html.parse(mvc.perform(get("/dossiers/expo-2030").param("lang", "nl"))).select("h1").text())
                .isEqualTo("Wereldtentoonstelling 2030");

        // The world expos dossier has its holder: retiring it stops her, once, with the reason.
        assertThat(running("world-expos")).isPositive();
        mvc.perform(post("/dossiers/world-expos/retire").with(csrf()).param("version", version("world-expos"))
                .param("effectiveOn", LocalDate.now(clock).toString()).param("reason", "Plus d’exposition en vue"))
                .andExpect(redirectedUrl("/dossiers/world-expos"));
        assertThat(running("world-expos")).isZero();
        Document page = Html.parse(mvc.perform(get("/dossiers/world-expos")));
        assertThat(page.select("#retired").text()).startsWith("Retiré depuis le");
        assertThat(page.select("#reassign, #retire")).isEmpty();
        assertThat(Html.parse(mvc.perform(get("/dossiers/world-expos/history"))).select("tbody").text())
                .contains("Dossier « Expositions universelles et internationales » retiré le "
                        + Dates.medium(LocalDate.now(clock), Locale.FRENCH) + " : Plus d’exposition en vue");
        assertThat(Html.parse(mvc.perform(get("/dossiers/expo-2030/history"))).select("tbody").text())
                .contains("Dossier renommé : « Expo 2030 Riyad » → « Exposition universelle 2030 ».",
                        "Dossier « Expo 2030 Riyad » créé.").doesNotContain("sans titulaire");
        assertThat(Html.parse(mvc.perform(get("/workload"))).select("#vacant-dossiers").text())
                .doesNotContain("Expositions universelles");
    }

    @Test
    void aCodeIsNeverTakenTwiceAndAPartnersDossierIsNotRenamedHere() throws Exception {
        Document taken = Html.parse(mvc.perform(post("/dossiers/new").with(csrf()).param("code", "quebec")
                .param("titleFr", "Q").param("titleNl", "Q").param("titleEn", "Q")).andExpect(status().isOk()));
        assertThat(taken.select("#code-error").text()).contains("« quebec » est déjà pris");
        mvc.perform(get("/dossiers/quebec/edit")).andExpect(status().isNotFound());
    }

    private long running(String code) {
        return jdbc.queryForObject("""
                select count(*) from assignment a join dossier d on d.id = a.dossier_id
                where d.code = ? and a.annulled_by_id is null and (a.valid_to is null or a.valid_to > current_date)""",
                Long.class, code);
    }

    private String version(String code) {
        return jdbc.queryForObject("select version from dossier where code = ?", String.class, code);
    }
}
