package be.brussels.international.coordination.web;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
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
        assertThat(Html.texts(page, "section h2")).containsExactly("Relations bilatérales (11)");
        assertThat(Html.texts(page, "section li a")).hasSize(11).contains("Québec", "La Havane", "Vienne");
    }

    @Test
    @WithUserDetails("cteclu")
    void dossiersAreGroupedByKind() throws Exception {
        Document page = Html.parse(mvc.perform(get("/").param("lang", "nl")));

        assertThat(Html.texts(page, "section h2")).containsExactly("Ontwikkelingssamenwerking (1)",
                "Thematische dossiers (2)");
    }

    @Test
    @WithUserDetails("admin")
    void someoneWithoutDossiersIsToldSo() throws Exception {
        Document page = Html.parse(mvc.perform(get("/")).andExpect(status().isOk()));

        assertThat(page.select("section")).isEmpty();
        assertThat(Html.text(page, "main .alert-info")).isEqualTo("Vous ne détenez aucun dossier pour l’instant.");
    }
}
