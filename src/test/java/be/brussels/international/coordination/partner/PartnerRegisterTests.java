package be.brussels.international.coordination.partner;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Locale;

import be.brussels.international.coordination.CommittedChanges;
import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import be.brussels.international.coordination.cooperation.Calls;
import be.brussels.international.coordination.cooperation.CooperationRefused;
import be.brussels.international.coordination.shared.LocalizedText;
import be.brussels.international.coordination.shared.Dates;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordinator's partners: a new partner comes with its vacant dossier; a slug is never taken twice (by a
 * partner or a dossier); an ended partnership leaves the choices and lists but keeps its page and search
 * results, stops its holders, and resumes. Committed (the audit is written at commit), then undone.
 */
@IntegrationTest
@WithUserDetails("gclerckx")
class PartnerRegisterTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    Calls calls;

    CommittedChanges committed;

    @BeforeEach
    void mark() {
        committed = CommittedChanges.mark(jdbc);
    }

    @AfterEach
    void undo() {
        committed.undo();
    }

    @Test
    void aNewPartnerComesWithItsDossierWithoutHolderAndItsHistory() throws Exception {
        mvc.perform(partner("porto")).andExpect(redirectedUrl("/partners/porto"))
                .andExpect(flash().attribute("success", "partner.added"));

        assertThat(jdbc.queryForMap("""
                select d.kind, d.vacant_since, p.name_nl, p.country_code, p.registered_on = current_date as registered_today
                from dossier d join partner p on p.id = d.partner_id
                where d.code = 'porto'""")).containsEntry("kind", "BILATERAL").containsEntry("name_nl", "Porto")
                .containsEntry("country_code", "PT").containsEntry("registered_today", true);
        Document workload = Html.parse(mvc.perform(get("/workload")));
        assertThat(workload.text()).contains("Porto");
        Document page = Html.parse(mvc.perform(get("/partners/porto")));
        assertThat(page.select("h1").text()).isEqualTo("Porto");
        assertThat(page.select("#reassign")).hasSize(1);
        assertThat(Html.parse(mvc.perform(get("/partners/porto/history"))).text()).contains("Partenaire « Porto » créé");
        assertThat(Html.parse(mvc.perform(get("/visits/new"))).select("#partner option").eachAttr("value"))
                .contains("porto");
    }

    @Test
    void aSlugIsNeverTakenTwiceNorAnUnknownCountryOrTimeZoneAccepted() throws Exception {
        Document taken = Html.parse(mvc.perform(partner("quebec")).andExpect(status().isOk()));
        assertThat(taken.select("#slug-error").text()).contains("« quebec » est déjà pris");
        assertThat(taken.select("#nameFr").val()).as("what was typed is kept").isEqualTo("Porto");
        Document thematic = Html.parse(mvc.perform(partner("world-expos")).andExpect(status().isOk()));
        assertThat(thematic.select("#slug-error").text()).contains("« world-expos » est déjà pris");
        Document malformed = Html.parse(mvc.perform(partner("Porto City")).andExpect(status().isOk()));
        assertThat(malformed.select("#slug-error").text()).contains("Lettres minuscules");
        Document country = Html.parse(mvc.perform(partner("porto").param("countryCode", "XX"))
                .andExpect(status().isOk()));
        assertThat(country.select("#countryCode-error").text()).isEqualTo("Choisissez un pays de la liste.");
        Document zone = Html.parse(mvc.perform(partner("porto").param("timeZone", "Mars/Olympus"))
                .andExpect(status().isOk()));
        assertThat(zone.select("#timeZone-error").text()).isEqualTo("Choisissez un fuseau horaire de la liste.");
        assertThat(jdbc.queryForObject("select count(*) from partner where slug = 'porto'", Long.class)).isZero();
    }

    @Test
    void anEndedPartnershipLeavesTheChoicesAndListsKeepsItsPageAndSearchAndResumes() throws Exception {
        long holders = runningHolders("tokyo");
        assertThat(holders).isPositive();
        mvc.perform(post("/partners/tokyo/end").with(csrf()).param("version", version("tokyo"))
                .param("effectiveOn", LocalDate.now(clock).toString()).param("reason", "Accord non renouvelé"))
                .andExpect(redirectedUrl("/partners/tokyo")).andExpect(flash().attribute("success", "partner.ended"));

        assertThat(runningHolders("tokyo")).as("its holders stopped").isZero();
        assertThat(Html.parse(mvc.perform(get("/visits/new"))).select("#partner option").eachAttr("value"))
                .doesNotContain("tokyo").contains("quebec");
        assertThat(Html.parse(mvc.perform(get("/agreements/new"))).select("#partner option").eachAttr("value"))
                .doesNotContain("tokyo");
        assertThat(Html.parse(mvc.perform(get("/partners?q=tokyo"))).select("tbody th a")).isEmpty();
        assertThat(Html.parse(mvc.perform(get("/partners?q=tokyo&state=FORMER"))).select("tbody th").text())
                .contains("Tokyo", "Ancien partenaire depuis le");
        Document page = Html.parse(mvc.perform(get("/partners/tokyo")).andExpect(status().isOk()));
        assertThat(page.select("#former").text()).startsWith("Ancien partenaire depuis le");
        assertThat(page.text()).contains("Fin du partenariat : Accord non renouvelé");
        assertThat(Html.parse(mvc.perform(get("/search?q=tokyo"))).text()).contains("Tokyo", "ancien partenaire");
        assertThat(Html.parse(mvc.perform(get("/workload"))).select("#vacant-dossiers").text())
                .as("a former partner's dossier is not waiting for a holder").doesNotContain("Tokyo");
        assertThat(Html.parse(mvc.perform(get("/dossiers/tokyo/history"))).text()).contains("Accord non renouvelé");

        mvc.perform(post("/partners/tokyo/resume").with(csrf()).param("version", version("tokyo")))
                .andExpect(flash().attribute("success", "partner.resumed"));
        assertThat(Html.parse(mvc.perform(get("/partners/tokyo/history"))).select("tbody").text())
                .contains("Partenariat avec « Tokyo » repris.",
                        "Partenariat avec « Tokyo » terminé le " + Dates.medium(LocalDate.now(clock), Locale.FRENCH)
                                + " : Accord non renouvelé");
        assertThat(Html.parse(mvc.perform(get("/visits/new"))).select("#partner option").eachAttr("value"))
                .contains("tokyo");
    }

    @Test
    void aCorrectionOvertakenBySomeoneElseComesBackWithWhatWasTypedAndSaysSo() throws Exception {
        long seen = Long.parseLong(version("tokyo"));
        mvc.perform(edit("tokyo", seen, "Tokio-to")).andExpect(flash().attribute("success", "partner.changed"));
        Document overtaken = Html.parse(mvc.perform(edit("tokyo", seen, "Tokyo (métropole)"))
                .andExpect(status().isConflict()));
        assertThat(overtaken.select(".alert-danger").text()).contains("Quelqu’un a modifié ce partenaire entre-temps");
        assertThat(overtaken.select("#nameFr").val()).isEqualTo("Tokyo (métropole)");
        assertThat(overtaken.select("#version").val()).as("the current version, to save it anyway").isEqualTo(version("tokyo"));
        assertThat(Html.parse(mvc.perform(get("/partners/tokyo/history"))).select("tbody").text())
                .contains("Partenaire renommé : « Tokyo » → « Tokio-to ».");
    }

    /**
     * Projects are of development-cooperation partners only: a call takes no application from another partner (nor
     * from one it is not aimed at), and a partner with projects stays in the development cooperation (its page shows
     * its projects, the home page the reports due of the development-cooperation dossiers held).
     */
    @Test
    void aPartnerWithProjectsStaysInTheDevelopmentCooperation() throws Exception {
        long call = calls.create(new LocalizedText("Appel test", "Oproep test", "Test call"), 2027, null,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1), new BigDecimal("10000"), Set.of("chennai"));
        calls.advance(call, callVersion(call));
        for (String[] other : new String[][] { { "quebec", "applicantNotDevelopment" },
                { "kinshasa", "applicantNotTargeted" } }) { // bilateral; of the cooperation, but not aimed at
            assertThatThrownBy(() -> calls.receive(call, callVersion(call), other[0], "ONG", "Projet",
                    new BigDecimal("10"), null, null)).isInstanceOf(CooperationRefused.class)
                    .extracting("messageKey", "field").containsExactly("cooperation.refused." + other[1], "partner");
        }
        calls.receive(call, callVersion(call), "chennai", "ONG Eau pour tous", "Puits", new BigDecimal("10"), null, null);

        Document refused = Html.parse(mvc.perform(post("/partners/chennai").with(csrf()).param("version", version("chennai"))
                .param("designationFr", "Municipalité de Chennai").param("nameFr", "Chennai (corrigé)")
                .param("nameNl", "Chennai").param("nameEn", "Chennai").param("kind", "CITY").param("countryCode", "IN")
                .param("continent", "ASIA").param("timeZone", "Asia/Kolkata")).andExpect(status().isOk()));
        assertThat(refused.text()).contains("Ce partenaire a des projets de la coopération au développement");
        assertThat(refused.select("#developmentCooperation.is-invalid")).hasSize(1);
        assertThat(refused.select("#nameFr").val()).as("what was typed").isEqualTo("Chennai (corrigé)");
        assertThat(jdbc.queryForMap("select name_fr, development_cooperation from partner where slug = 'chennai'"))
                .containsEntry("name_fr", "Chennai").containsEntry("development_cooperation", true);
    }

    @Test
    void anEndCannotBeRecordedInAdvanceNorTwice() throws Exception {
        Document future = Html.parse(mvc.perform(post("/partners/tokyo/end").with(csrf())
                .param("version", version("tokyo")).param("effectiveOn", LocalDate.now(clock).plusDays(1).toString())
                .param("reason", "Plus tard")).andExpect(status().isOk()));
        assertThat(future.select("#effectiveOn-error").text()).contains("pas à l’avance");
        assertThat(future.select("#reason").text()).isEqualTo("Plus tard");
    }

    @Test
    @WithUserDetails("fvandernoot")
    void anAttacheNeitherAddsNorEndsPartners() throws Exception {
        mvc.perform(partner("porto")).andExpect(status().isForbidden());
        mvc.perform(post("/partners/quebec/end").with(csrf()).param("version", version("quebec"))
                .param("effectiveOn", LocalDate.now(clock).toString()).param("reason", "x"))
                .andExpect(status().isForbidden());
        assertThat(Html.parse(mvc.perform(get("/partners/quebec"))).select("#edit-partner, #end-partnership")).isEmpty();
    }

    private MockHttpServletRequestBuilder partner(String slug) {
        return post("/partners/new").with(csrf()).param("slug", slug).param("designationFr", "Ville de Porto")
                .param("nameFr", "Porto").param("nameNl", "Porto").param("nameEn", "Porto").param("kind", "CITY")
                .param("countryCode", "PT").param("continent", "EUROPE").param("timeZone", "Europe/Lisbon");
    }

    private MockHttpServletRequestBuilder edit(String slug, long version, String nameFr) {
        return post("/partners/" + slug).with(csrf()).param("version", String.valueOf(version))
                .param("designationFr", "Métropole de Tokyo").param("nameFr", nameFr).param("nameNl", "Tokio")
                .param("nameEn", "Tokyo").param("kind", "METROPOLIS").param("countryCode", "JP").param("continent", "ASIA")
                .param("timeZone", "Asia/Tokyo");
    }

    private long runningHolders(String code) {
        return jdbc.queryForObject("""
                select count(*) from assignment a join dossier d on d.id = a.dossier_id
                where d.code = ? and a.annulled_by_id is null and (a.valid_to is null or a.valid_to > current_date)""",
                Long.class, code);
    }

    private long callVersion(long call) {
        return jdbc.queryForObject("select version from call_for_projects where id = ?", Long.class, call);
    }

    private String version(String slug) {
        return jdbc.queryForObject("select version from partner where slug = ?", String.class, slug);
    }
}
