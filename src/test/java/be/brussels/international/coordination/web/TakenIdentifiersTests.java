package be.brussels.international.coordination.web;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An identifier already taken (a login, a partner's slug, a dossier's code) is said with the form's other mistakes,
 * not only once they are mended (a new user found the fifth mistake appear after correcting four).
 */
@IntegrationTest
@Transactional
@WithUserDetails("gclerckx")
class TakenIdentifiersTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aLoginTaken() throws Exception {
        Document page = Html.parse(mvc.perform(post("/staff/new").with(csrf()).param("username", "fvandernoot")
                .param("firstName", "Florence").param("lastName", "").param("role", "STAFF"))
                .andExpect(status().isOk()));

        assertThat(Html.text(page, "#username-error")).contains("déjà pris");
        assertThat(page.select("#lastName-error")).isNotEmpty();
    }

    @Test
    void aSlugTaken() throws Exception {
        Document page = Html.parse(mvc.perform(post("/partners/new").with(csrf()).param("slug", "quebec")
                .param("nameFr", "Québec bis")).andExpect(status().isOk()));

        assertThat(Html.text(page, "#slug-error")).contains("déjà pris");
        assertThat(page.select(".invalid-feedback")).hasSizeGreaterThan(1);
    }

    @Test
    void aCodeTaken() throws Exception {
        Document page = Html.parse(mvc.perform(post("/dossiers/new").with(csrf()).param("code", "quebec")
                .param("titleFr", "Un dossier")).andExpect(status().isOk()));

        assertThat(Html.text(page, "#code-error")).contains("déjà pris");
        assertThat(page.select("#titleNl-error")).isNotEmpty();
    }
}
