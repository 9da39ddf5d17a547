package be.brussels.international.coordination.dossier;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@WithUserDetails("jmverdin")
class DossierControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aThematicDossierShowsItsCoHoldersAndHistory() throws Exception {
        Document page = Html.parse(mvc.perform(get("/dossiers/development-policy").param("lang", "nl"))
                .andExpect(status().isOk()));

        assertThat(Html.text(page, "h1")).isEqualTo("Ontwikkelingssamenwerking – Algemeen beleid");
        assertThat(Html.texts(page, "section:has(#current) li a")).containsExactly("Benoît Spapens",
                "Codrat-Alin Teclu", "Jef Willems");
        assertThat(page.select("section:has(#history) tbody tr")).hasSize(3);
        assertThat(Html.texts(page, "section:has(#history) tbody td:nth-child(3)")).containsOnly("lopend");
    }

    @Test
    void whoDecidedIsShownByNameAndTheReferenceDataAsSuch() throws Exception {
        Document nl = Html.parse(mvc.perform(get("/dossiers/havana").param("lang", "nl")).andExpect(status().isOk()));
        assertThat(Html.texts(nl, "tbody td:nth-of-type(4)")).isNotEmpty().containsOnly("Referentiegegevens");
        Document fr = Html.parse(mvc.perform(get("/dossiers/havana").param("lang", "fr")));
        assertThat(Html.texts(fr, "tbody td:nth-of-type(4)")).containsOnly("Données de référence");
        assertThat(fr.select("header").text()).contains("Jean-Michel Verdin").doesNotContain("jmverdin");
    }

    @Test
    void aPartnerDossierLinksToItsPartner() throws Exception {
        Document page = Html.parse(mvc.perform(get("/dossiers/havana")).andExpect(status().isOk()));
        assertThat(Html.text(page, "h1")).isEqualTo("La Havane");
        assertThat(page.select("main a[href=/partners/havana]")).as("in the breadcrumb and the page").hasSize(2);
    }

    @Test
    void anUnknownDossierGivesTheNotFoundPage() throws Exception {
        mvc.perform(get("/dossiers/nothing-here").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
    }
}
