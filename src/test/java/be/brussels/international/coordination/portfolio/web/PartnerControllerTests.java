package be.brussels.international.coordination.portfolio.web;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
@WithUserDetails("pgerard")
class PartnerControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theListShowsEveryPartnerInTheReadersLanguageWithItsHolders() throws Exception {
        Document page = Html.parse(mvc.perform(get("/partners")).andExpect(status().isOk())
                .andExpect(view().name("partner/list")));

        assertThat(page.select("tbody tr")).hasSize(29);
        assertThat(Html.texts(page, "tbody th")).contains("Pékin", "Mazovie", "Québec").startsWith("Aichi", "Alger");
        assertThat(rowOf(page, "havana")).contains("La Havane", "Ville", "Cuba", "Daniël Verheyden",
                "Florence Vandernoot");
        assertThat(Html.text(page, "nav .text-body-secondary")).isEqualTo("1–29 sur 29");
    }

    @Test
    void theListFollowsTheLanguage() throws Exception {
        Document page = Html.parse(mvc.perform(get("/partners").param("lang", "nl")));
        assertThat(Html.texts(page, "tbody th")).contains("Peking", "Mazovië", "Rijsel");
        assertThat(rowOf(page, "beijing")).contains("Stad", "China");
        assertThat(Html.text(page, "h1")).isEqualTo("Partners");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("nl");
    }

    @Test
    void theTextFilterIgnoresAccentsAndCaseInEveryLanguage() throws Exception {
        assertThat(partnersFound("q", "quebec")).containsExactly("Québec");
        assertThat(partnersFound("q", "PEKIN")).containsExactly("Pékin");
        assertThat(partnersFound("q", "peking")).containsExactly("Pékin");
        assertThat(partnersFound("q", "rijsel")).containsExactly("Lille");
        assertThat(partnersFound("q", "sale kenitra")).containsExactly("Rabat-Salé-Kénitra");
    }

    @Test
    void wildcardsAndQuotesAreSearchedLiterally() throws Exception {
        assertThat(partnersFound("q", "%")).isEmpty();
        assertThat(partnersFound("q", "_")).isEmpty();
        assertThat(partnersFound("q", "xi’an")).containsExactly("Xi’an");
        assertThat(partnersFound("q", "' or 1=1 --")).isEmpty();
    }

    @Test
    void filtersByContinentHolderAndRelation() throws Exception {
        assertThat(partnersFound("continent", "SOUTH_AMERICA")).containsExactly("Brasilia", "Paramaribo");
        assertThat(partnersFound("holder", "pgerard")).containsExactly("Mazovie", "Sofia");
        assertThat(partnersFound("relation", "DEVELOPMENT_COOPERATION"))
                .containsExactly("Chennai", "Kinshasa", "Paramaribo", "Rabat-Salé-Kénitra");
        assertThat(partnersFound("holder", "nobody")).isEmpty();
    }

    @Test
    void filtersAreKeptInTheFormAndValuesThatDoNotBindAreIgnored() throws Exception {
        Document page = Html.parse(mvc.perform(get("/partners").param("q", "sofia").param("continent", "ATLANTIS")
                .param("page", "-3")).andExpect(status().isOk()));
        assertThat(page.selectFirst("#q").attr("value")).isEqualTo("sofia");
        assertThat(Html.texts(page, "tbody th")).containsExactly("Sofia");
    }

    @Test
    void theHolderFilterOffersEveryonePresentByLastNameAndKeepsTheChoice() throws Exception {
        Document page = Html.parse(mvc.perform(get("/partners").param("holder", "pgerard")));

        assertThat(page.select("#holder option").eachAttr("value")).first().isEqualTo("");
        assertThat(page.select("#holder option").eachText()).contains("Florence Vandernoot", "Pierre Gérard");
        assertThat(page.select("#holder option[selected]").eachAttr("value")).containsExactly("pgerard");
        assertThat(page.select("#holder option").size() - 1).isEqualTo(
                jdbc.queryForObject("select count(*) from staff_member where left_on is null", Integer.class));
    }

    @Test
    void theListIsPaginatedAndPageLinksKeepTheFilters() throws Exception {
        Document page = Html.parse(mvc.perform(get("/partners?continent=EUROPE&size=5")));
        assertThat(page.select("tbody tr")).hasSize(5);
        assertThat(page.selectFirst("a[rel=next]").attr("href")).contains("continent=EUROPE", "size=5", "page=1");
        Document second = Html.parse(mvc.perform(get("/partners?continent=EUROPE&size=5&page=1")));
        assertThat(Html.texts(second, "tbody th")).doesNotContainAnyElementsOf(Html.texts(page, "tbody th"));
    }

    @Test
    void thePortfolioShowsNamesKindCountryLocalTimeAndHolders() throws Exception {
        Document page = Html.parse(mvc.perform(get("/partners/quebec")).andExpect(status().isOk())
                .andExpect(view().name("partner/show")));

        assertThat(Html.text(page, "h1")).isEqualTo("Québec");
        assertThat(Html.texts(page, "dd")).contains("Québec", "Quebec", "Province", "Canada", "Amérique du Nord");
        assertThat(page.selectFirst("time").attr("datetime")).matches("\\d{4}-\\d{2}-\\d{2}T.*-0[45]:?00");
        assertThat(Html.texts(page, "#holders a")).containsExactly("Florence Vandernoot");
        assertThat(page.selectFirst("#holders a").attr("href")).isEqualTo("/staff/fvandernoot");
        assertThat(Html.texts(page, "h2")).contains("Accords", "Visites de délégations", "Événements");
        assertThat(Html.texts(page, ".empty-state")).as("contacts, notes, visits and events: none yet").hasSize(4);
        assertThat(Html.text(page, "#partner-agreements")).contains(
                "Accord de coopération entre la Région de Bruxelles-Capitale et Québec", "En vigueur",
                "4 dates à compléter");
    }

    @Test
    void thePortfolioFollowsTheLanguage() throws Exception {
        Document dutch = Html.parse(mvc.perform(get("/partners/mazovia").param("lang", "nl")));
        assertThat(Html.text(dutch, "h1")).isEqualTo("Mazovië");
        assertThat(Html.texts(dutch, "dd")).contains("Woiwodschap", "Polen", "Europa");
        Document english = Html.parse(mvc.perform(get("/partners/mazovia").param("lang", "en")));
        assertThat(Html.text(english, "h1")).isEqualTo("Masovia");
        assertThat(Html.texts(english, "dd")).contains("Voivodeship", "Poland");
        assertThat(Html.texts(english, "h2")).contains("Agreements", "Delegation visits", "Events");
    }


    private java.util.List<String> partnersFound(String parameter, String value) throws Exception {
        return Html.texts(Html.parse(mvc.perform(get("/partners").param(parameter, value))
                .andExpect(status().isOk())), "tbody th");
    }

    private static String rowOf(Document page, String slug) {
        return page.selectFirst("a[href=/partners/" + slug + "]").closest("tr").text();
    }
}
