package be.brussels.international.coordination.search;

import java.time.LocalDate;
import java.util.List;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The header search, over the seeded reference data and visits made up for each test (rolled back). */
@IntegrationTest
@Transactional
@WithUserDetails("pgerard")
class SearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"pekin", "Pékin", "PEKING", "peking", "beijing", "  BeiJing  ", "Pe\u0301kin", "ＰＥＫＩＮ"})
    void findsBeijingByAnyOfItsNamesWhateverTheAccentsAndCase(String typed) throws Exception {
        Document page = search(typed, "fr");

        assertThat(Html.texts(page, "#results-partners li a")).containsExactly("Pékin");
        assertThat(Html.text(page, "#results-partners li")).contains("Peking", "Beijing");
    }

    @Test
    void suggestsTheBestFewOfEachKindAsOneTypesWithALinkToEverything() throws Exception {
        Document suggestions = Html.parse(mvc.perform(get("/search/suggestions").param("q", "pekin")
                .param("lang", "nl")).andExpect(status().isOk()));

        assertThat(Html.texts(suggestions, "a.suggestion")).contains("Peking");
        assertThat(suggestions.select("a.suggestion[href=/partners/beijing]")).hasSize(1);
        assertThat(suggestions.select("#all-results").attr("href")).isEqualTo("/search?q=pekin");
        assertThat(Html.text(suggestions, "#all-results")).isEqualTo("Alle resultaten voor ‘pekin’");
        assertThat(suggestions.select("html header")).as("a fragment, not a page").isEmpty();
    }

    @Test
    void suggestsNothingUnderTwoCharactersAndSaysWhenNothingMatches() throws Exception {
        assertThat(Html.parse(mvc.perform(get("/search/suggestions").param("q", "p"))).select("a")).isEmpty();
        assertThat(Html.parse(mvc.perform(get("/search/suggestions"))).select("a")).isEmpty();
        Document none = Html.parse(mvc.perform(get("/search/suggestions").param("q", "zqxwv")));
        assertThat(none.select("a.suggestion")).isEmpty();
        assertThat(none.text()).contains("Rien ne correspond à cette recherche.");
    }

    @Test
    void theHeaderSearchAsksForSuggestionsAndStillWorksAsAPlainForm() throws Exception {
        Document page = Html.parse(mvc.perform(get("/partners")));

        assertThat(page.select("#header-search").attr("hx-get")).isEqualTo("/search/suggestions");
        assertThat(page.select("form[role=search]:has(#header-search)").attr("action")).isEqualTo("/search");
        assertThat(page.select("script[src]").attr("src")).startsWith("/webjars/htmx.org/").endsWith("/htmx.min.js");
        mvc.perform(get(page.select("script[src]").attr("src"))).andExpect(status().isOk());
    }

    @Test
    void namesPartnersInTheReadersLanguage() throws Exception {
        assertThat(Html.texts(search("pekin", "nl"), "#results-partners li a")).containsExactly("Peking");
        assertThat(Html.texts(search("pekin", "en"), "#results-partners li a")).containsExactly("Beijing");
        assertThat(Html.text(search("pekin", "nl"), "#results-partners h2")).isEqualTo("Partners (1)");
        assertThat(Html.text(search("pekin", "en"), "#search-summary")).endsWith(" results for “pekin”.")
                .as("its dossier and agreement too").doesNotStartWith("One");
    }

    @Test
    void findsNotesByWhatTheySayAccentsAndCapitalsAside() throws Exception {
        jdbc.update("""
                insert into partner_note (partner_id, kind, occurred_on, summary, author)
                select id, 'MEETING', date '2026-10-05', 'Réunion avec l’échevine de la Mobilité : tram et vélos '
                       || repeat('partagés, ', 20), 'pgerard' from partner where slug = 'sofia'""");
        Document page = search("ECHEVINE mobilite", "nl");

        assertThat(Html.text(page, "#results-notes h2")).isEqualTo("Notities (1)");
        assertThat(Html.text(page, "#results-notes li a")).startsWith("Réunion avec l’échevine").endsWith("…")
                .hasSizeLessThan(150);
        assertThat(page.select("#results-notes li a").attr("href")).isEqualTo("/partners/sofia/timeline");
        assertThat(Html.text(page, "#results-notes li")).contains("Vergadering", "Sofia", "Pierre Gérard");
        assertThat(Html.parse(mvc.perform(get("/search/suggestions").param("q", "echevine")))
                .select("a.suggestion[href=/partners/sofia/timeline]")).hasSize(1);
    }

    @Test
    void findsAPersonAndTheDossiersSheHolds() throws Exception {
        Document page = search("vandernoot", "fr");

        assertThat(Html.texts(page, "#results-staff li a")).containsExactly("Florence Vandernoot");
        List<String> held = jdbc.queryForList("""
                select coalesce(p.name_fr, d.title_fr) from dossier d left join partner p on p.id = d.partner_id
                  join assignment a on a.dossier_id = d.id join staff_member s on s.id = a.staff_member_id
                 where s.username = 'fvandernoot' and a.valid_to is null""", String.class);
        assertThat(held).isNotEmpty();
        assertThat(Html.text(page, "#results-dossiers h2")).isEqualTo("Dossiers (" + held.size() + ")");
        assertThat(Html.texts(page, "#results-dossiers li a")).hasSize(Math.min(5, held.size()))
                .allSatisfy(name -> assertThat(held).contains(name));
    }

    @Test
    void findsTheVisitsOfAPartnerInAYearAndByTheirMembers() throws Exception {
        long visit2027 = visit("quebec", "Mission économique", LocalDate.of(2027, 5, 10));
        visit("quebec", "Mission culturelle", LocalDate.of(2026, 3, 2));
        visit("sofia", "Forum 2027", LocalDate.of(2026, 9, 1));
        jdbc.update("insert into visit_member (visit_id, name, organisation, precedence) values (?, ?, ?, 1)",
                visit2027, "Geneviève Tremblay", "Ministère des Relations internationales");

        assertThat(Html.texts(search("quebec 2027", "fr"), "#results-visits li a"))
                .containsExactly("Mission économique");
        // Its date as every English page writes it, not America's « May 10, 2027 ».
        assertThat(Html.texts(search("quebec 2027", "en"), "#results-visits li span"))
                .anySatisfy(detail -> assertThat(detail).contains("10 May 2027"));
        assertThat(Html.texts(search("genevieve TREMBLAY", "fr"), "#results-visits li a"))
                .containsExactly("Mission économique");
        assertThat(Html.texts(search("tremblay", "fr"), "#results-visits li a")).as("a member removed is forgotten")
                .hasSize(1);
        jdbc.update("delete from visit_member where visit_id = ?", visit2027);
        assertThat(Html.texts(search("tremblay", "fr"), "#results-visits li a")).isEmpty();
    }

    @Test
    void anExactTitleComesFirstThenThePartialOnesNewestFirst() throws Exception {
        visit("quebec", "Québec", LocalDate.of(2025, 1, 10));
        visit("quebec", "Mission au Québec", LocalDate.of(2027, 6, 1));
        visit("quebec", "Délégation du Québec", LocalDate.of(2026, 6, 1));

        assertThat(Html.texts(search("quebec", "fr", "visits"), "#results-visits li a"))
                .containsExactly("Québec", "Mission au Québec", "Délégation du Québec");
    }

    @Test
    void showsTheBestFewOfEachKindAndPagesThroughOneKind() throws Exception {
        for (int day = 1; day <= 22; day++) {
            visit("vienna", "Atelier numéro " + day, LocalDate.of(2026, 1, day));
        }

        Document all = search("atelier", "fr");
        assertThat(Html.texts(all, "#results-visits li a")).hasSize(5).first().isEqualTo("Atelier numéro 22");
        assertThat(all.select("#results-visits a[href='/search?q=atelier&kind=visits']").text())
                .isEqualTo("Voir les 22 résultats : Visites");

        Document first = search("atelier", "fr", "visits");
        assertThat(Html.texts(first, "#results-visits li a")).hasSize(20);
        assertThat(Html.text(first, "#results-visits h2")).isEqualTo("Visites (22)");
        Document second = Html.parse(mvc.perform(get("/search").param("q", "atelier").param("kind", "visits")
                .param("page", "1")).andExpect(status().isOk()));
        assertThat(Html.texts(second, "#results-visits li a")).containsExactly("Atelier numéro 2", "Atelier numéro 1");
        for (String oddPage : List.of("99", "-3", "abc")) {
            mvc.perform(get("/search").param("q", "atelier").param("kind", "visits").param("page", oddPage))
                    .andExpect(status().isOk());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "\\", "%' or 1=1 --", "'; drop table partner; --", "Pé%kin", "😀"})
    void typedCharactersAreLookedForLiterally(String typed) throws Exception {
        Document page = search(typed, "fr");

        assertThat(Html.text(page, "#search-summary")).startsWith("Aucun résultat");
        assertThat(jdbc.queryForObject("select count(*) from partner", Long.class)).isPositive();
    }

    @Test
    void anEmptySearchExplainsWhatCanBeFound() throws Exception {
        for (String nothing : List.of("   ", "\u0000", "\t\n")) {
            Document page = Html.parse(mvc.perform(get("/search").param("q", nothing)).andExpect(status().isOk()));

            assertThat(page.select(".search-group")).isEmpty();
            assertThat(page.select("#search-page-q").attr("value")).isEmpty();
        }

        Document tooLong = search("pékin ".repeat(1000), "fr");
        assertThat(tooLong.select("#search-page-q").attr("value")).hasSizeLessThanOrEqualTo(200);
        assertThat(Html.texts(tooLong, "#results-partners li a")).containsExactly("Pékin");
    }

    private Document search(String typed, String language) throws Exception {
        return Html.parse(mvc.perform(get("/search").param("q", typed).param("lang", language))
                .andExpect(status().isOk()));
    }

    private Document search(String typed, String language, String kind) throws Exception {
        return Html.parse(mvc.perform(get("/search").param("q", typed).param("kind", kind).param("lang", language))
                .andExpect(status().isOk()));
    }

    private long visit(String partner, String title, LocalDate startsOn) {
        return jdbc.queryForObject("""
                insert into delegation_visit (direction, kind, partner_id, title, starts_on, ends_on, logged_by)
                values ('INCOMING', 'WORKING', (select id from partner where slug = ?), ?, ?, ?, 'pgerard')
                returning id""", Long.class, partner, title, startsOn, startsOn.plusDays(1));
    }
}
