package be.brussels.international.coordination.visit;

import java.time.Clock;
import java.time.LocalDate;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.Refusals;
import be.brussels.international.coordination.IntegrationTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The visits pages through the web layer, with security; each test is rolled back. */
@IntegrationTest
@Transactional
class VisitControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    @WithUserDetails("wvanwaeyenberge")
    void theProtocolOfficerRecordsAVisitWithMembersAndProgramme() throws Exception {
        long id = create();
        mvc.perform(addMember(id, "Conseiller", "3")).andExpect(status().isFound());
        mvc.perform(addMember(id, "Délégué général", "1")).andExpect(status().isFound());
        mvc.perform(addItem(id, start(), "09:00", "10:30", "Accueil")).andExpect(status().isFound())
                .andExpect(flash().attribute("success", "visit.item.added"));
        mvc.perform(post("/visits/" + id + "/confirm").param("version", version(id)).with(csrf()))
                .andExpect(flash().attribute("success", "visit.confirmed"));

        Document page = Html.parse(mvc.perform(get("/visits/" + id)).andExpect(status().isOk()));
        assertThat(Html.text(page, "h1")).isEqualTo("Mission économique du Québec");
        assertThat(Html.text(page, "#status")).isEqualTo("Confirmée");
        assertThat(Html.texts(page, "#member-list tbody th")).containsExactly("Délégué général", "Conseiller");
        assertThat(Html.text(page, ".timeline")).contains("09:00–10:30", "Accueil");

        Document partner = Html.parse(mvc.perform(get("/partners/quebec")));
        assertThat(Html.texts(partner, "#visits-upcoming a")).containsExactly("Mission économique du Québec");
    }

    /** A rank another member holds is taken, those after moving down: the order of precedence has no tie. */
    @Test
    @WithUserDetails("wvanwaeyenberge")
    void aMemberGivenATakenRankTakesItAndThoseAfterMoveDown() throws Exception {
        long id = create();
        mvc.perform(addMember(id, "Ministre", "1")).andExpect(status().isFound());
        mvc.perform(addMember(id, "Conseiller", "2")).andExpect(status().isFound());
        mvc.perform(addMember(id, "Ambassadeur", "2")).andExpect(status().isFound());
        mvc.perform(addMember(id, "Attaché", "9")).andExpect(status().isFound());
        Document page = Html.parse(mvc.perform(get("/visits/" + id)));
        assertThat(Html.texts(page, "#member-list tbody th")).containsExactly("Ministre", "Ambassadeur", "Conseiller",
                "Attaché");
        assertThat(jdbc.queryForList("select precedence from visit_member where visit_id = ? order by precedence",
                Integer.class, id)).containsExactly(1, 2, 3, 4);

        long attache = jdbc.queryForObject("select id from visit_member where visit_id = ? and name = 'Attaché'",
                Long.class, id);
        mvc.perform(post("/visits/" + id + "/members/" + attache + "/delete").with(csrf()).param("version", version(id)))
                .andExpect(flash().attribute("success", "visit.member.removed"));
        long minister = jdbc.queryForObject("select id from visit_member where visit_id = ? and name = 'Ministre'",
                Long.class, id);
        mvc.perform(post("/visits/" + id + "/members/" + minister + "/delete").with(csrf()).param("version", version(id)))
                .andExpect(flash().attribute("success", "visit.member.removed"));
        entityManager.flush();
        assertThat(jdbc.queryForList("select name || ' ' || precedence from visit_member where visit_id = ?"
                + " order by precedence", String.class, id)).containsExactly("Ambassadeur 1", "Conseiller 2");
    }

    @Test
    @WithUserDetails("wvanwaeyenberge")
    void aFormWithErrorsComesBackWithEverythingTypedAndMessagesInTheReadersLanguage() throws Exception {
        Document page = Html.parse(mvc.perform(post("/visits").with(csrf()).param("lang", "nl").param("direction", "INCOMING")
                .param("kind", "WORKING").param("title", "Bezoek").param("startsOn", start().toString())
                .param("endsOn", start().minusDays(2).toString()).param("delegationSize", "abc")
                .param("hosts", "Geoffroy Clerckx")).andExpect(status().isOk()));

        assertThat(Html.texts(page, ".invalid-feedback")).contains("Het einde mag niet vóór het begin liggen.",
                "Kies een partner of vul de herkomst in.", "Deze waarde is ongeldig.");
        assertThat(page.selectFirst("#title").attr("value")).isEqualTo("Bezoek");
        assertThat(page.selectFirst("#hosts").text()).isEqualTo("Geoffroy Clerckx");
        assertThat(jdbc.queryForObject("select count(*) from delegation_visit", Integer.class)).isZero();
    }

    @Test
    @WithUserDetails("wvanwaeyenberge")
    void anItemOutsideTheVisitIsRefusedWithItsDatesAndTheTypedValuesKept() throws Exception {
        long id = create();
        MvcResult refused = mvc.perform(addItem(id, start().plusDays(9), "09:00", "10:00", "Trop tard"))
                .andExpect(redirectedUrl("/visits/" + id + "#programme")).andReturn();
        Document page = Refusals.pageAfter(mvc, refused);
        assertThat(Html.text(page, "#form-errors")).contains("Ce point doit se situer pendant la visite");
        assertThat(page.selectFirst("#item-activity").attr("value")).isEqualTo("Trop tard");
        assertThat(page.selectFirst("main details:has(#item-activity)").hasAttr("open")).isTrue();

        Document malformed = Refusals.pageAfter(mvc, mvc.perform(addItem(id, start(), "25:99", "10:00", "Heure"))
                .andReturn());
        assertThat(Html.texts(malformed, ".invalid-feedback")).contains("Cette valeur n’est pas valide.");
    }

    /** A form's mistakes are said at once: a day outside the visit with times out of order, not one save each. */
    @Test
    @WithUserDetails("wvanwaeyenberge")
    void everyMistakeOfAProgrammeItemOrOfTheLogisticsIsSaidAtOnce() throws Exception {
        long id = create();
        Document item = Refusals.pageAfter(mvc, mvc.perform(addItem(id, start().plusDays(9), "18:00", "17:00",
                "Dîner")).andReturn());
        assertThat(Html.text(item, "#form-errors")).contains("Ce point doit se situer pendant la visite");
        assertThat(item.select("#form-errors li")).hasSize(2);

        LocalDate today = LocalDate.now(clock);
        Document logistics = Refusals.pageAfter(mvc, mvc.perform(post("/visits/" + id + "/logistics").with(csrf())
                .param("version", version(id)).param("arrivalOn", start().toString())
                .param("departureOn", start().minusDays(1).toString()).param("escortRequested", "true")
                .param("escortRequestedOn", today.plusDays(3).toString())).andReturn());
        assertThat(Html.texts(logistics, ".invalid-feedback")).contains("Le départ ne peut pas précéder l’arrivée.")
                .anySatisfy(message -> assertThat(message).startsWith("La date de la demande d’escorte ne peut pas"));
    }

    @Test
    @WithUserDetails("wvanwaeyenberge")
    void logisticsWithErrorsComeBackOpenWithTheirMessages() throws Exception {
        long id = create();
        Document page = Refusals.pageAfter(mvc, mvc.perform(post("/visits/" + id + "/logistics").with(csrf())
                .param("version", version(id)).param("arrivalOn", start().toString())
                .param("departureOn", start().minusDays(1).toString()).param("hotel", "Hôtel Amigo")
                .param("escortRequested", "true")).andExpect(redirectedUrl("/visits/" + id + "#logistics-title"))
                .andReturn());
        assertThat(page.selectFirst("main details:has(#hotel)").hasAttr("open")).isTrue();
        assertThat(Html.texts(page, ".invalid-feedback")).contains("Le départ ne peut pas précéder l’arrivée.",
                "Indiquez la date de la demande d’escorte.");
        assertThat(page.selectFirst("#hotel").attr("value")).isEqualTo("Hôtel Amigo");

        // Arriving tomorrow (ahead of the visit's dates), the escort asked today: too late for the crisis centre.
        LocalDate today = LocalDate.now(clock);
        mvc.perform(post("/visits/" + id + "/logistics").with(csrf()).param("version", version(id))
                .param("arrivalOn", today.plusDays(1).toString()).param("hotel", "Hôtel Amigo")
                .param("escortRequested", "true").param("escortRequestedOn", today.toString()))
                .andExpect(flash().attribute("success", "visit.logistics.saved"));
        Document saved = Html.parse(mvc.perform(get("/visits/" + id)));
        assertThat(Html.text(saved, "section:has(#logistics-title) dl")).contains("Hôtel Amigo");
        assertThat(saved.select("#escort-warning")).hasSize(1);
    }

    @Test
    @WithUserDetails("wvanwaeyenberge")
    void giftsAreEnteredInTheRegisterWithTheirValueInTheReadersFormat() throws Exception {
        long id = create();
        Document refused = Refusals.pageAfter(mvc, mvc.perform(post("/visits/" + id + "/gifts").with(csrf())
                .param("version", version(id)).param("direction", "GIVEN").param("description", "Livre sur l’Art nouveau")
                .param("estimatedValue", "-5")).andExpect(redirectedUrl("/visits/" + id + "#gifts")).andReturn());
        assertThat(Html.texts(refused, ".invalid-feedback")).contains("La valeur ne peut pas être négative.");
        assertThat(refused.selectFirst("#gift-description").attr("value")).isEqualTo("Livre sur l’Art nouveau");

        mvc.perform(post("/visits/" + id + "/gifts").with(csrf()).param("version", version(id)).param("direction", "GIVEN")
                .param("description", "Livre sur l’Art nouveau").param("counterpart", "Délégué général")
                .param("estimatedValue", "1234.5").param("outcome", "Remis en mains propres"))
                .andExpect(flash().attribute("success", "visit.gift.added"));

        // A decimal comma, as French and Dutch write it.
        mvc.perform(post("/visits/" + id + "/gifts").with(csrf()).param("version", version(id)).param("direction", "RECEIVED")
                .param("description", "Pralines").param("estimatedValue", "25,50"))
                .andExpect(flash().attribute("success", "visit.gift.added"));
        entityManager.flush();
        assertThat(jdbc.queryForObject("select estimated_value from visit_gift where description = 'Pralines'",
                java.math.BigDecimal.class)).isEqualByComparingTo("25.50");

        Document visit = Html.parse(mvc.perform(get("/visits/" + id)));
        assertThat(Html.text(visit, "#gift-list tbody tr")).contains("Offert", "Livre sur l’Art nouveau")
                .matches(".*1\\h234,50 €.*"); // French groups thousands with a (narrow) no-break space
        Document register = Html.parse(mvc.perform(get("/gifts?year=" + start().getYear() + "&lang=en")));
        assertThat(Html.text(register, "#gift-register tbody tr")).contains("Given", "1,234.50 €",
                "Mission économique du Québec");
        Document otherYear = Html.parse(mvc.perform(get("/gifts?year=2001")));
        assertThat(otherYear.select("#gift-register")).isEmpty();
        mvc.perform(get("/gifts?year=abc")).andExpect(status().isOk());
    }

    @Test
    @WithUserDetails("wvanwaeyenberge")
    void theProgrammePrintsAsAPdfInTheLanguageAskedWithMembersInOrderOfPrecedence() throws Exception {
        long id = create();
        mvc.perform(addMember(id, "Conseillère Žaneta Kovář", "2")).andExpect(status().isFound());
        mvc.perform(addMember(id, "Délégué général", "1")).andExpect(status().isFound());
        mvc.perform(addItem(id, start(), "09:00", "10:30", "Accueil à l’Hôtel de Ville")).andExpect(status().isFound());

        MvcResult english = mvc.perform(get("/visits/" + id + "/programme.pdf").param("language", "en"))
                .andExpect(status().isOk()).andReturn();
        assertThat(english.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(english.getResponse().getCookie("coordination-lang")).as("the interface keeps its language").isNull();
        String text = pdfText(english.getResponse().getContentAsByteArray());
        assertThat(text).contains("Mission économique du Québec", "Members of the delegation (2)", "Programme",
                "09:00–10:30", "Accueil à l’Hôtel de Ville", "Logistics");
        assertThat(text.indexOf("Délégué général")).isLessThan(text.indexOf("Conseillère Žaneta Kovář"));

        String french = pdfText(mvc.perform(get("/visits/" + id + "/programme.pdf").param("language", "fr"))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(french).contains("Membres de la délégation (2)", "Logistique");
    }

    /**
     * Chinese, Greek and Cyrillic names print as themselves, not as '#': DejaVu Sans for Latin, Greek and
     * Cyrillic, the server's CJK font (Debian's fonts-wqy-microhei; CI installs it) for the rest.
     */
    @Test
    @WithUserDetails("wvanwaeyenberge")
    void namesInEveryScriptPrintInTheProgramme() throws Exception {
        boolean installed = new java.io.File("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc").isFile();
        if (!"true".equals(System.getenv("REQUIRE_CJK_FONT"))) {
            org.junit.jupiter.api.Assumptions.assumeTrue(installed, "fonts-wqy-microhei is not installed: skipped");
        }
        long id = create();
        mvc.perform(addMember(id, "王小明 (Wang Xiaoming)", "1")).andExpect(status().isFound());
        mvc.perform(addMember(id, "Νίκος Παπαδόπουλος", "2")).andExpect(status().isFound());
        mvc.perform(addMember(id, "Ирина Петрова", "3")).andExpect(status().isFound());
        mvc.perform(addMember(id, "김민준", "4")).andExpect(status().isFound());

        byte[] pdf = mvc.perform(get("/visits/" + id + "/programme.pdf").param("language", "fr"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(pdf)).contains("王小明 (Wang Xiaoming)", "Νίκος Παπαδόπουλος", "Ирина Петрова", "김민준")
                .doesNotContain("#");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            java.util.List<String> fonts = new java.util.ArrayList<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
            assertThat(fonts).as("embedded subsets").anyMatch(f -> f.contains("DejaVuSans"))
                    .anyMatch(f -> f.contains("WenQuanYi"));
        }
    }

    /**
     * The printed programme says who escorts, who interprets and where the press is, numbers its pages ("Page 2
     * of 3") and has no blank page, however long the programme.
     */
    @Test
    @WithUserDetails("wvanwaeyenberge")
    void theProgrammePrintsEscortsInterpretersAndPressWithNumberedPagesAndNoBlankOne() throws Exception {
        long id = create();
        for (int day = 0; day < 3; day++) {
            for (int hour = 8; hour < 20; hour++) {
                mvc.perform(addItem(id, start().plusDays(day), String.format("%02d:00", hour),
                        String.format("%02d:45", hour), "Rendez-vous " + day + "-" + hour)
                        .param("escort", String.valueOf(hour == 8)).param("press", String.valueOf(hour == 12))
                        .param("participants", "Délégation et hôtes bruxellois"))
                        .andExpect(status().isFound());
            }
        }
        entityManager.flush();
        long first = jdbc.queryForObject("select id from programme_item where visit_id = ? and activity = ?",
                Long.class, id, "Rendez-vous 0-9");
        mvc.perform(post("/visits/" + id + "/interpreters").with(csrf()).param("version", version(id))
                .param("name", "Claire Interprète").param("languages", "français ↔ anglais")
                .param("itemIds", String.valueOf(first))).andExpect(flash().attribute("success", "visit.interpreter.added"));

        byte[] pdf = mvc.perform(get("/visits/" + id + "/programme.pdf").param("language", "en")).andReturn()
                .getResponse().getContentAsByteArray();
        String text = pdfText(pdf);
        assertThat(text).contains("Police escort", "Press allowed", "Interpreter: Claire Interprète (français ↔ anglais)",
                "Interpreters");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).as("a long programme").isGreaterThan(1);
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String onPage = stripper.getText(document);
                assertThat(onPage).as("page " + page).containsPattern("Page\\s+" + page + "\\s+of\\s+" + pages + "(?!\\d)")
                        .containsPattern("Rendez-vous|Logistics|Members");
            }
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    @Test
    @WithUserDetails("wvanwaeyenberge")
    void aVisitIsEditedFromAFormFilledWithWhatWasRecordedAndAStaleFormIsAConflict() throws Exception {
        long id = create();
        Document form = Html.parse(mvc.perform(get("/visits/" + id + "/edit")).andExpect(status().isOk()));
        assertThat(form.selectFirst("#title").attr("value")).isEqualTo("Mission économique du Québec");
        assertThat(form.selectFirst("#partner option[selected]").attr("value")).isEqualTo("quebec");
        String seen = form.selectFirst("input[name=version]").attr("value");

        mvc.perform(post("/visits/" + id).with(csrf()).param("version", seen).param("direction", "INCOMING")
                .param("kind", "OFFICIAL").param("partner", "quebec").param("title", "Visite officielle du Québec")
                .param("startsOn", start().toString()).param("endsOn", start().plusDays(3).toString()))
                .andExpect(status().isFound()).andExpect(flash().attribute("success", "visit.saved"));
        entityManager.flush();
        entityManager.clear();
        assertThat(jdbc.queryForObject("select title from delegation_visit where id = ?", String.class, id))
                .isEqualTo("Visite officielle du Québec");

        mvc.perform(post("/visits/" + id).with(csrf()).param("version", "99").param("direction", "INCOMING")
                .param("kind", "OFFICIAL").param("partner", "quebec").param("title", "Autre titre")
                .param("startsOn", start().toString()).param("endsOn", start().plusDays(3).toString()))
                .andExpect(status().isConflict());
    }

    @Test
    @WithUserDetails("pgerard")
    void staffReadVisitsButCannotRecordThem() throws Exception {
        mvc.perform(get("/visits")).andExpect(status().isOk());
        mvc.perform(get("/visits/new")).andExpect(status().isForbidden());
        mvc.perform(newVisit()).andExpect(status().isForbidden());
        Document list = Html.parse(mvc.perform(get("/visits")));
        assertThat(list.select("#new-visit")).isEmpty();
    }

    @Test
    @WithUserDetails("wvanwaeyenberge")
    void withoutCsrfTokenNothingIsRecorded() throws Exception {
        mvc.perform(post("/visits").param("title", "x")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("pgerard")
    void anUnknownVisitIsNotFoundAndUnknownFiltersAreIgnored() throws Exception {
        mvc.perform(get("/visits/987654")).andExpect(status().isNotFound());
        mvc.perform(get("/visits?status=NOPE&year=abc&kind=&partner=atlantis")).andExpect(status().isOk());
    }

    @Test
    @WithUserDetails("pgerard")
    void thePartnerFilterOffersEveryPartnerInTheReadersLanguageAndKeepsTheChoice() throws Exception {
        Document page = Html.parse(mvc.perform(get("/visits").param("partner", "beijing").param("lang", "nl")));

        assertThat(page.select("#partner option").eachText()).contains("Peking", "Rijsel").first()
                .isEqualTo("Alle");
        assertThat(page.select("#partner option[selected]").eachAttr("value")).containsExactly("beijing");
        assertThat(page.select("#partner option")).hasSize(
                1 + jdbc.queryForObject("select count(*) from partner", Integer.class));
    }

    private long create() throws Exception {
        MvcResult result = mvc.perform(newVisit()).andExpect(status().isFound()).andReturn();
        return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/visits/", ""));
    }

    private MockHttpServletRequestBuilder newVisit() {
        return post("/visits").with(csrf()).param("direction", "INCOMING").param("kind", "WORKING")
                .param("partner", "quebec").param("title", "Mission économique du Québec")
                .param("startsOn", start().toString()).param("endsOn", start().plusDays(2).toString())
                .param("headName", "Délégué général").param("delegationSize", "4");
    }

    private MockHttpServletRequestBuilder addMember(long id, String name, String precedence) {
        return post("/visits/" + id + "/members").with(csrf()).param("version", version(id)).param("name", name)
                .param("precedence", precedence).param("title", "Titre");
    }

    private MockHttpServletRequestBuilder addItem(long id, LocalDate day, String from, String to, String activity) {
        return post("/visits/" + id + "/programme").with(csrf()).param("version", version(id))
                .param("day", day.toString()).param("startsAt", from).param("endsAt", to).param("activity", activity)
                .param("venue", "Hôtel de Ville");
    }

    private String version(long id) {
        entityManager.flush();
        return String.valueOf(jdbc.queryForObject("select version from delegation_visit where id = ?", Long.class, id));
    }

    private LocalDate start() {
        return LocalDate.now(clock).plusDays(30);
    }
}
