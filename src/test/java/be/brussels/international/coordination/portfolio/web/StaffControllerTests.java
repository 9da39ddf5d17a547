package be.brussels.international.coordination.portfolio.web;

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
@WithUserDetails("wvanwaeyenberge")
class StaffControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theListShowsEveryoneWithTheirTitleAndNumberOfDossiers() throws Exception {
        Document page = Html.parse(mvc.perform(get("/staff")).andExpect(status().isOk()));

        assertThat(page.select("tbody tr")).hasSize(10);
        assertThat(rowOf(page, "fvandernoot")).isEqualTo("Florence Vandernoot Relations bilatérales 11");
        assertThat(rowOf(page, "gclerckx")).isEqualTo("Geoffroy Clerckx Premier Attaché, Responsable de la Cellule 8");
        assertThat(rowOf(page, "cteclu")).endsWith(" 3");
    }

    @Test
    void aPersonsPageListsTheirDossiersByKindLinkingToPartnersOrDossiers() throws Exception {
        Document page = Html.parse(mvc.perform(get("/staff/cteclu").param("lang", "en")).andExpect(status().isOk()));

        assertThat(Html.text(page, "h1")).isEqualTo("Codrat-Alin Teclu");
        assertThat(Html.texts(page, "section h2")).containsExactly("Development cooperation (1)",
                "Thematic dossiers (2)");
        assertThat(page.select("section a").eachAttr("href")).containsExactly("/partners/chennai",
                "/dossiers/calls-for-projects", "/dossiers/development-policy");
        assertThat(Html.texts(page, "section a")).contains("Development cooperation – Calls for projects");
    }


    private static String rowOf(Document page, String username) {
        return page.selectFirst("main a[href=/staff/" + username + "]").closest("tr").text();
    }
}
