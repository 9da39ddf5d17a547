package be.brussels.international.coordination.overview;

import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import be.brussels.international.coordination.shared.Languages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class HomeControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    @WithUserDetails("fvandernoot")
    void florenceSeesHerElevenPartnerDossiers() throws Exception {
        Document page = Html.parse(mvc.perform(get("/")).andExpect(status().isOk()));

        assertThat(Html.text(page, "h1")).isEqualTo("Dossiers de Florence Vandernoot");
        assertThat(Html.texts(page, "section[aria-labelledby^=kind-] h2")).containsExactly("Relations bilatérales (11)");
        assertThat(Html.texts(page, "section[aria-labelledby^=kind-] li a")).hasSize(11).contains("Québec", "La Havane", "Vienne");
    }

    @Test
    @WithUserDetails("cteclu")
    void dossiersAreGroupedByKind() throws Exception {
        Document page = Html.parse(mvc.perform(get("/").param("lang", "nl")));

        assertThat(Html.texts(page, "section[aria-labelledby^=kind-] h2")).containsExactly("Ontwikkelingssamenwerking (1)",
                "Thematische dossiers (2)");
    }

    @Test
    @WithUserDetails("fvandernoot")
    void herHomePageTellsHerWhichOfHerAgreementsNeedAttention() throws Exception {
        Document home = Html.parse(mvc.perform(get("/")));
        assertThat(Html.texts(home, "#attention-summary li")).containsExactly("11 accords sans date de signature",
                "11 accords sans date d’entrée en vigueur");
        assertThat(home.selectFirst("#attention-summary a").attr("href"))
                .isEqualTo("/attention?alert=SIGNATURE_DATE_MISSING");

        Document page = Html.parse(mvc.perform(get("/attention?alert=SIGNATURE_DATE_MISSING")));
        assertThat(Html.texts(page, "#attention li")).hasSize(11)
                .allMatch(line -> line.contains("Date de signature à compléter"));
        assertThat(Html.texts(page, "#attention li a")).contains("Vienne", "Québec").doesNotContain("Sofia");
        assertThat(Html.parse(mvc.perform(get("/attention?alert=EXPIRES_SOON"))).select("#attention li")).isEmpty();
    }

    @Test
    @WithUserDetails("gclerckx")
    void theCoordinatorSeesTheWholeCell() throws Exception {
        Document page = Html.parse(mvc.perform(get("/")));
        assertThat(Html.texts(page, "#attention-summary li")).containsExactly("29 accords sans date de signature",
                "29 accords sans date d’entrée en vigueur");
        assertThat(Html.parse(mvc.perform(get("/attention"))).select("#attention li")).hasSize(29);
        assertThat(Html.text(page, "#vacant-title")).isEqualTo("Dossiers sans titulaire (0)");
        assertThat(page.select("#busiest li")).hasSize(5);
    }

    @Test
    @WithUserDetails("gclerckx")
    void partnersAreListedByTheNameShownInTheReadersLanguage() throws Exception {
        for (String language : new String[] {"nl", "en", "fr"}) {
            Locale locale = Locale.forLanguageTag(language);
            List<String> attention = Html.texts(Html.parse(mvc.perform(get("/attention").param("size", "50")
                    .param("lang", language))), "#attention li > a");
            assertThat(attention).as(language).hasSizeGreaterThan(20)
                    .isSortedAccordingTo(Languages.collator(locale));
            List<String> register = Html.texts(Html.parse(mvc.perform(get("/agreements").param("size", "50")
                    .param("lang", language))), "#agreement-list tbody td:first-child");
            assertThat(register).as(language).hasSizeGreaterThan(20).isSortedAccordingTo(Languages.collator(locale));
        }
        assertThat(Html.texts(Html.parse(mvc.perform(get("/attention").param("size", "50").param("lang", "nl"))),
                "#attention li > a"))
                .containsSubsequence("Ljubljana", "Luxemburg", "Mazovië", "Moskou", "Paramaribo", "Peking", "Praag",
                        "Quebec", "Rabat-Salé-Kénitra", "Rijsel");
    }

    @Test
    @WithUserDetails("admin")
    void someoneWithoutDossiersIsToldSo() throws Exception {
        Document page = Html.parse(mvc.perform(get("/")).andExpect(status().isOk()));

        assertThat(page.select("section[aria-labelledby^=kind-]")).isEmpty();
        assertThat(Html.text(page, "main .alert-info")).isEqualTo("Vous ne détenez aucun dossier pour l’instant.");
        // ADMIN has COORDINATOR through the role hierarchy: the whole cell's view.
        assertThat(Html.parse(mvc.perform(get("/attention"))).select("#attention li")).hasSize(29);
        assertThat(Html.text(page, "#vacant-title")).isEqualTo("Dossiers sans titulaire (0)");
    }
}
