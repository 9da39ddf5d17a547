package be.brussels.international.coordination.web;

import java.util.List;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every list the database puts in order by a name or a title puts « Évrard » among the E and « de Wilde » among the
 * D, as the reader looks for them — not after Z, where the database's usual collation (C, C.UTF-8: by bytes) puts
 * accented letters, and lower case after every capital. Three names are given to each list, one lower case, one
 * accented, one after both: in that order ascending, the other way descending.
 */
@IntegrationTest
@Transactional
@WithUserDetails("pgerard")
class NameOrderTests {

    /** The three names, in the order a reader expects them (by bytes: « Zygmunt », « de Quelque », « Équerre »). */
    private static final List<String> PEOPLE = List.of("de Quelque", "Équerre", "Zygmunt");

    private static final List<String> TITLES = List.of("avenir Tri", "Écluse Tri", "Zénith Tri");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void threeOfEverything() {
        jdbc.update("insert into user_account (username, role) values ('tri1', 'STAFF'), ('tri2', 'STAFF'), ('tri3', 'STAFF')");
        jdbc.update("""
                insert into staff_member (username, first_name, last_name, title_fr, title_nl, title_en)
                values ('tri3', 'Zoé', 'Zygmunt', 'Zénith Tri', 'Zénith Tri', 'Zénith Tri'),
                       ('tri1', 'Anne', 'de Quelque', 'avenir Tri', 'avenir Tri', 'avenir Tri'),
                       ('tri2', 'Élise', 'Équerre', 'Écluse Tri', 'Écluse Tri', 'Écluse Tri')""");
        for (String title : List.of("Zénith Tri", "avenir Tri", "Écluse Tri")) {
            jdbc.update("""
                    insert into agreement (partner_id, kind, title_fr, title_nl, title_en, status)
                    select id, 'COOPERATION_AGREEMENT', ?, ?, ?, 'IN_NEGOTIATION' from partner where slug = 'tokyo'""",
                    title, title, title);
            jdbc.update("""
                    insert into large_event (kind, title_fr, title_nl, title_en, starts_on, ends_on, status)
                    values ('COLLOQUIUM', ?, ?, ?, date '2099-05-01', date '2099-05-01', 'PLANNED')""",
                    title, title, title);
            jdbc.update("""
                    insert into delegation_visit (direction, kind, partner_id, title, starts_on, ends_on, logged_by, status)
                    values ('INCOMING', 'WORKING', (select id from partner where slug = 'quebec'), ?, date '2099-05-10',
                            date '2099-05-11', 'pgerard', 'CONFIRMED')""", title);
            jdbc.update("""
                    insert into call_for_projects (title_fr, title_nl, title_en, year, opens_on, deadline_on, budget, status)
                    values (?, ?, ?, 2099, date '2099-01-01', date '2099-03-01', 1000, 'DRAFT')""", title, title, title);
        }
    }

    @ParameterizedTest
    @CsvSource({"/staff?sort=name, people", "/staff?sort=title, titles", "/agreements?partner=tokyo&sort=title, titles",
        "/events?year=2099&sort=title, titles", "/visits?partner=quebec&year=2099&sort=title, titles",
        "/calls?sort=title, titles"})
    void listsSortedByNameOrTitle(String list, String which) throws Exception {
        List<String> expected = "people".equals(which) ? PEOPLE : TITLES;
        for (String language : List.of("fr", "nl", "en")) {
            assertThat(inOrderOfAppearance(list + "&size=100&lang=" + language, expected)).as(list + " " + language)
                    .containsExactlyElementsOf(expected);
            assertThat(inOrderOfAppearance(list + ",desc&size=100&lang=" + language, expected)).as(list + ",desc")
                    .containsExactly(expected.get(2), expected.get(1), expected.get(0));
        }
    }

    @Test
    @WithUserDetails("admin")
    void accountsByThePersonsName() throws Exception {
        assertThat(inOrderOfAppearance("/admin/accounts?size=100", PEOPLE)).containsExactlyElementsOf(PEOPLE);
    }

    @Test
    void theHoldersOfADossierAndThePeopleToChooseFrom() throws Exception {
        jdbc.update("""
                insert into assignment (dossier_id, staff_member_id, valid_from, decided_by, reason)
                select d.id, s.id, current_date, 'gclerckx', 'test' from dossier d, staff_member s
                where d.code = 'sofia' and s.username in ('tri1', 'tri2', 'tri3')""");

        assertThat(inOrderOfAppearance("/partners/sofia", PEOPLE)).containsExactlyElementsOf(PEOPLE);
        assertThat(inOrderOfAppearance("/dossiers/sofia", PEOPLE)).containsExactlyElementsOf(PEOPLE);
        assertThat(inOrderOfAppearance("/search?q=sofia", PEOPLE)).containsExactlyElementsOf(PEOPLE);
        Document partners = Html.parse(mvc.perform(get("/partners?size=100")).andExpect(status().isOk()));
        assertThat(inOrder(partners.select("select option").text(), PEOPLE)).as("the holders to filter by")
                .containsExactlyElementsOf(PEOPLE);
        assertThat(inOrder(partners.select("tbody tr:has(a[href=/partners/sofia])").text(), PEOPLE))
                .as("Sofia's holders").containsExactlyElementsOf(PEOPLE);
    }

    @Test
    @WithUserDetails("wvanwaeyenberge")
    void theInterpretersOfAVisit() throws Exception {
        long visit = jdbc.queryForObject("select min(id) from delegation_visit where title = 'avenir Tri'", Long.class);
        for (String name : List.of("Zygmunt", "Équerre", "de Quelque")) {
            jdbc.update("insert into visit_interpreter (visit_id, name, languages) values (?, ?, 'fr, pl')", visit, name);
        }

        assertThat(inOrderOfAppearance("/visits/" + visit, PEOPLE)).containsExactlyElementsOf(PEOPLE);
    }

    /**
     * The team list (the database pages through it) and the workload (the people sorted in memory) put the same people
     * in the same order — « van Acker », « Van Waeyenberge », « Vandernoot » among them: the reader's collator
     * ignored the spaces the database did not.
     */
    @Test
    @WithUserDetails("gclerckx")
    void theDatabaseAndTheMemoryOrderPeopleAlike() throws Exception {
        jdbc.update("insert into user_account (username, role) values ('tri4', 'STAFF')");
        jdbc.update("""
                insert into staff_member (username, first_name, last_name, title_fr, title_nl, title_en)
                values ('tri4', 'Bart', 'van Acker', 'Attaché', 'Attaché', 'Attaché')""");
        for (String language : List.of("fr", "nl", "en")) {
            List<String> team = Html.texts(Html.parse(mvc.perform(get("/staff?sort=name&size=100&lang=" + language))
                    .andExpect(status().isOk())), "table tbody tr th a");
            List<String> workload = Html.texts(Html.parse(mvc.perform(get("/workload?lang=" + language))
                    .andExpect(status().isOk())), "section[aria-labelledby=people] tbody th a");

            assertThat(workload).contains("Bart van Acker", "Willy Van Waeyenberge", "Florence Vandernoot");
            assertThat(team.stream().filter(workload::contains).toList()).as(language).isEqualTo(workload);
        }
    }

    /** Every character the rules change, and its capital, as the database keys it (one statement for all). */
    @Test
    void theKeyOfEveryCharacterTheRulesChangeIsTheDatabases() throws Exception {
        List<String> characters;
        try (var in = getClass().getResourceAsStream("/shared/unaccent.rules")) {
            characters = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank()).map(line -> line.substring(0, line.offsetByCodePoints(0, 1)))
                    .flatMap(c -> java.util.stream.Stream.of("a" + c + "b", "X" + c.toUpperCase(java.util.Locale.ROOT)))
                    .toList();
        }
        List<String> database = jdbc.queryForList(
                "select lower(f_unaccent(name)) from unnest(?::text[]) with ordinality as n(name, i) order by i",
                String.class, (Object) characters.toArray(String[]::new));

        assertThat(characters).hasSizeGreaterThan(3000);
        assertThat(characters.stream().map(be.brussels.international.coordination.shared.Languages::sortKey).toList())
                .isEqualTo(database);
    }

    /** Partners by country: by the country's name in the reader's language (« Algérie » first), not by its code. */
    @ParameterizedTest
    @CsvSource({ "fr", "nl", "en" })
    void partnersByTheNameOfTheirCountry(String language) throws Exception {
        java.util.Locale locale = java.util.Locale.forLanguageTag(language);
        java.util.Comparator<String> countries = java.util.Comparator.comparing(name -> name,
                be.brussels.international.coordination.shared.Languages.collator(locale));
        List<String> ascending = countriesShown("/partners?sort=country&size=100&lang=" + language);
        List<String> descending = countriesShown("/partners?sort=country,desc&size=100&lang=" + language);

        assertThat(ascending).hasSizeGreaterThan(20).isSortedAccordingTo(countries);
        assertThat(descending).hasSameSizeAs(ascending).isSortedAccordingTo(countries.reversed());
    }

    private List<String> countriesShown(String url) throws Exception {
        return Html.texts(Html.parse(mvc.perform(get(url)).andExpect(status().isOk())), "table tbody tr td:nth-of-type(2)");
    }

    /** The key lists sort by in memory is the database's, letter for letter. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "Évrard", "de Wilde", "Van Waeyenberge", "Łódź", "Œlsner", "Ødegaard",
        "Straße", "Xi’an", "Île-de-France", "Đorđević", "Æsir", "Þór", "« eat! BRUSSELS »", "São Tomé – Príncipe",
        "Ñuñoa", "Çanakkale", "Peking", "Москва", "Ma\u00A0Atk", "Mc\u2011Atk", "\u1E9Etrauss", "\u0166arik",
        "E\u0301vrard", "\uFB01nance", "Yıldız", "İzmir", "½ Ⅳ" })
    void theKeyInMemoryIsTheDatabases(String name) {
        assertThat(be.brussels.international.coordination.shared.Languages.sortKey(name))
                .isEqualTo(jdbc.queryForObject("select lower(f_unaccent(?))", String.class, name));
    }

    /** The names among {@code names} the page shows, in the order it shows them (each where it first appears). */
    private List<String> inOrderOfAppearance(String url, List<String> names) throws Exception {
        Document page = Html.parse(mvc.perform(get(url)).andExpect(status().isOk()));
        return inOrder(page.body().text(), names);
    }

    private static List<String> inOrder(String text, List<String> names) {
        return names.stream().filter(text::contains).sorted(java.util.Comparator.comparingInt(text::indexOf)).toList();
    }
}
