package be.brussels.international.coordination.web;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@WithUserDetails("pgerard")
class LanguageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void frenchIsTheDefaultWhateverTheBrowserAsks() throws Exception {
        Document page = Html.parse(mvc.perform(get("/staff").header("Accept-Language", "en-US,en;q=0.9")));
        assertThat(Html.text(page, "h1")).isEqualTo("Équipe");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
    }

    @Test
    void theChosenLanguageIsRememberedInACookie() throws Exception {
        MvcResult switched = mvc.perform(get("/staff").param("lang", "nl")).andReturn();
        Cookie cookie = switched.getResponse().getCookie("coordination-lang");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("nl");

        Document next = Html.parse(mvc.perform(get("/staff").cookie(cookie)));
        assertThat(Html.text(next, "h1")).isEqualTo("Team");
        assertThat(Html.texts(next, "nav a.nav-link")).contains("Start", "Partners", "Team");
    }

    /** A language cookie that is none (typed by hand, another application's on the same host): French, no error. */
    @Test
    void aLanguageCookieThatIsNoLanguageGivesFrench() throws Exception {
        for (String value : new String[] { "@@@", "nl_NL_x_y_z", "%00", "" }) {
            Document page = Html.parse(mvc.perform(get("/staff").cookie(new Cookie("coordination-lang", value)))
                    .andExpect(status().isOk()));
            assertThat(Html.text(page, "h1")).as(value).isIn("Équipe", "Team");
        }
        Document page = Html.parse(mvc.perform(get("/staff").cookie(new Cookie("coordination-lang", "@@@"))));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
    }

    /** An address given with its language to someone not signed in yet: the login page it leads to speaks it. */
    @Test
    @WithAnonymousUser
    void theLanguageOfAnAddressIsKeptThroughTheLoginPage() throws Exception {
        MvcResult refused = mvc.perform(get("/partners/quebec?lang=nl")).andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).endsWith("/login");
        Cookie cookie = refused.getResponse().getCookie("coordination-lang");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("nl");
        Document login = Html.parse(mvc.perform(get("/login").cookie(cookie)));
        assertThat(login.selectFirst("html").attr("lang")).isEqualTo("nl");
    }

    @Test
    void anUnknownLanguageGivesFrench() throws Exception {
        MvcResult result = mvc.perform(get("/staff").param("lang", "xx")).andReturn();
        assertThat(result.getResponse().getCookie("coordination-lang").getValue()).isEqualTo("fr");
        Document page = Html.parse(mvc.perform(get("/staff").param("lang", "de-DE")));
        assertThat(Html.text(page, "h1")).isEqualTo("Équipe");
    }

    @Test
    void theLanguageLinksKeepThePageAndItsFilters() throws Exception {
        Document page = Html.parse(mvc.perform(get("/partners?continent=ASIA&lang=en")));
        assertThat(page.select(".language-switch a").eachAttr("href")).containsExactly(
                "/partners?continent=ASIA&lang=fr", "/partners?continent=ASIA&lang=nl",
                "/partners?continent=ASIA&lang=en");
        assertThat(page.selectFirst(".language-switch a[aria-current]").text()).isEqualTo("EN");
    }
}
