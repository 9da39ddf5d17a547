package be.brussels.international.coordination.agreement;

import java.util.List;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The agreements pages with their row rights; each test is rolled back. */
@IntegrationTest
@Transactional
class AgreementControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    @WithUserDetails("fvandernoot")
    void theRegisterListsEveryAgreementWithWhatIsToComplete() throws Exception {
        Document page = Html.parse(mvc.perform(get("/agreements").param("size", "50")).andExpect(status().isOk()));
        assertThat(page.select("#agreement-list tbody tr")).hasSize(29);
        assertThat(page.selectFirst("#agreement-list tbody tr").text()).contains("En vigueur", "à compléter",
                "Date de signature à compléter");
        mvc.perform(get("/agreements?status=NOPE&expiringWithin=abc&partner=atlantis")).andExpect(status().isOk());
    }

    @Test
    @WithUserDetails("fvandernoot")
    void florenceCompletesQuebecsAgreement() throws Exception {
        long id = quebec();
        Document form = Html.parse(mvc.perform(get("/agreements/" + id + "/edit")).andExpect(status().isOk()));
        assertThat(form.selectFirst("#titleFr").attr("value")).startsWith("Accord de coopération");

        mvc.perform(complete(id, "2016-05-12", "2016-09-01")).andExpect(status().isFound())
                .andExpect(flash().attribute("success", "agreement.saved"));
        Document show = Html.parse(mvc.perform(get("/agreements/" + id)));
        assertThat(Html.text(show, "section#register dl")).contains("12 mai 2016, Québec", "1er septembre 2016",
                "Le Premier ministre du Québec");
        assertThat(show.select("#alerts li")).isEmpty();

        mvc.perform(post("/agreements/" + id + "/life").with(csrf()).param("version", version(id))
                .param("kind", "RENEWED").param("occurredOn", "2026-09-01").param("note", "Reconduction tacite"))
                .andExpect(flash().attribute("success", "agreement.life.recorded"));
        entityManager.flush();
        entityManager.clear();
        assertThat(Html.texts(Html.parse(mvc.perform(get("/agreements/" + id))), "#agreement-life li").get(0))
                .contains("1er sept. 2026", "Reconduit", "Reconduction tacite");
    }

    @Test
    @WithUserDetails("fvandernoot")
    void datesOutOfOrderComeBackWithTheTypedValues() throws Exception {
        long id = quebec();
        Document page = Html.parse(mvc.perform(complete(id, "2016-05-12", "2015-01-01")).andExpect(status().isOk()));
        assertThat(Html.texts(page, ".invalid-feedback"))
                .contains("L’entrée en vigueur ne peut pas précéder la signature.");
        assertThat(page.selectFirst("#signedAt").attr("value")).isEqualTo("Québec");
    }

    /**
     * By status: in the order of an agreement's life, not of the statuses' codes; then, as by default, by partner
     * (the same status came out in the order the agreements were recorded).
     */
    @Test
    @WithUserDetails("fvandernoot")
    void byStatusTheRegisterFollowsTheLifeOfAnAgreementThenThePartners() throws Exception {
        for (String[] row : new String[][] { { "tokyo", "SIGNED" }, { "sofia", "IN_NEGOTIATION" },
                { "chennai", "TERMINATED" } }) {
            jdbc.update("""
                    insert into agreement (partner_id, kind, title_fr, title_nl, title_en, status)
                    select id, 'COOPERATION_AGREEMENT', 'Accord', 'Akkoord', 'Agreement', ? from partner where slug = ?""",
                    row[1], row[0]);
        }
        Document page = Html.parse(mvc.perform(get("/agreements?sort=status&size=100&lang=nl")));
        List<String> statuses = Html.texts(page, "#agreement-list tbody td:nth-child(3)");
        assertThat(statuses).first().isEqualTo("In onderhandeling");
        assertThat(statuses.get(1)).isEqualTo("Ondertekend");
        assertThat(statuses).last().isEqualTo("Opgezegd");
        List<String> inForce = page.select("#agreement-list tbody tr").stream()
                .filter(row -> row.select("td:nth-child(3)").text().equals("Van kracht"))
                .map(row -> row.select("td:first-child").text()).toList();
        assertThat(inForce).hasSizeGreaterThan(20).isSortedAccordingTo(be.brussels.international.coordination.shared.Languages.NAMES);
    }

    /** A new agreement's form offers an attaché the partners she holds, whose agreements she may record, only. */
    @Test
    @WithUserDetails("fvandernoot")
    void aNewAgreementOffersAnAttacheOnlyThePartnersSheHolds() throws Exception {
        List<String> held = jdbc.queryForList("""
                select p.slug from assignment a join staff_member s on s.id = a.staff_member_id
                    join dossier d on d.id = a.dossier_id join partner p on p.id = d.partner_id
                where s.username = 'fvandernoot' and a.annulled_by_id is null and a.valid_from <= current_date
                    and (a.valid_to is null or a.valid_to > current_date)""", String.class);
        Document form = Html.parse(mvc.perform(get("/agreements/new")).andExpect(status().isOk()));

        assertThat(form.select("#partner option[value]:not([value=''])").eachAttr("value"))
                .containsExactlyInAnyOrderElementsOf(held).contains("quebec").doesNotContain("tokyo");
    }

    @Test
    @WithUserDetails("fvandernoot")
    void anActionProgrammeIsRecordedUnderItsAgreementAndStartsInNegotiation() throws Exception {
        long parent = quebec();
        Document form = Html.parse(mvc.perform(get("/agreements/new?partner=quebec")).andExpect(status().isOk()));
        assertThat(form.selectFirst("#partner option[selected]").attr("value")).isEqualTo("quebec");

        String location = mvc.perform(post("/agreements").with(csrf()).param("partner", "quebec")
                .param("kind", "ACTION_PROGRAMME").param("titleFr", "Programme d’action 2027-2029")
                .param("titleNl", "Actieprogramma 2027-2029").param("titleEn", "Action programme 2027-2029")
                .param("parentId", String.valueOf(parent))).andExpect(status().isFound()).andReturn().getResponse()
                .getRedirectedUrl();
        Document page = Html.parse(mvc.perform(get(location).param("lang", "en")));
        assertThat(Html.text(page, "h1")).isEqualTo("Action programme 2027-2029");
        assertThat(Html.text(page, "#status")).isEqualTo("In negotiation");
        assertThat(Html.text(page, "section#register dl")).contains("Cooperation agreement between the Brussels-Capital Region and Quebec");

        // Not her partner: refused by the service's row rights.
        mvc.perform(post("/agreements").with(csrf()).param("partner", "sofia").param("kind", "ARRANGEMENT")
                .param("titleFr", "x").param("titleNl", "x").param("titleEn", "x")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("pgerard")
    void anotherHoldersPartnerIsReadOnly() throws Exception {
        long id = quebec();
        mvc.perform(get("/agreements/" + id)).andExpect(status().isOk());
        assertThat(Html.parse(mvc.perform(get("/agreements/" + id))).select("#edit")).isEmpty();
        mvc.perform(get("/agreements/" + id + "/edit")).andExpect(status().isForbidden());
        mvc.perform(complete(id, "2016-05-12", "2016-09-01")).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder complete(long id, String signed, String inForce) {
        return post("/agreements/" + id).with(csrf()).param("version", version(id)).param("partner", "quebec")
                .param("kind", "COOPERATION_AGREEMENT").param("titleFr", "Accord de coopération Bruxelles–Québec")
                .param("titleNl", "Samenwerkingsakkoord Brussel–Quebec").param("titleEn", "Brussels–Quebec agreement")
                .param("signatories", "Le Premier ministre du Québec").param("signedOn", signed)
                .param("signedAt", "Québec").param("inForceOn", inForce).param("tacitRenewal", "true")
                .param("renewalMonths", "60");
    }

    private long quebec() {
        return jdbc.queryForObject("select a.id from agreement a join partner p on p.id = a.partner_id"
                + " where p.slug = 'quebec'", Long.class);
    }

    private String version(long id) {
        entityManager.flush();
        return String.valueOf(jdbc.queryForObject("select version from agreement where id = ?", Long.class, id));
    }

    @Test
    @WithUserDetails("fvandernoot")
    void aStepOfTheAgreementsLifeIsCorrectedOrRemovedButAStatusChangeStays() throws Exception {
        long id = jdbc.queryForObject("select a.id from agreement a join partner p on p.id = a.partner_id"
                + " where p.slug = 'quebec'", Long.class);
        mvc.perform(post("/agreements/" + id + "/life").with(csrf()).param("version", version(id)).param("kind", "AMENDED")
                .param("occurredOn", "2021-03-01").param("note", "Avenant n° 1"))
                .andExpect(flash().attribute("success", "agreement.life.recorded"));
        mvc.perform(post("/agreements/" + id + "/life").with(csrf()).param("version", version(id)).param("kind", "STATUS")
                .param("status", "SUSPENDED").param("occurredOn", "2022-01-01"))
                .andExpect(flash().attribute("success", "agreement.life.recorded"));
        long amended = jdbc.queryForObject("select id from agreement_event where agreement_id = ? and kind = 'AMENDED'",
                Long.class, id);
        long status = jdbc.queryForObject("select id from agreement_event where agreement_id = ? and kind = 'STATUS'",
                Long.class, id);

        Document edit = Html.parse(mvc.perform(get("/agreements/" + id + "/life/" + amended + "/edit")));
        assertThat(edit.selectFirst("#occurredOn").val()).isEqualTo("2021-03-01");
        mvc.perform(post("/agreements/" + id + "/life/" + amended).with(csrf()).param("version", version(id))
                .param("occurredOn", "2021-03-11").param("note", "Avenant n° 1 (signé)"))
                .andExpect(flash().attribute("success", "agreement.life.corrected"));
        entityManager.flush();
        assertThat(jdbc.queryForObject("select occurred_on::text || ' ' || note from agreement_event where id = ?",
                String.class, amended)).isEqualTo("2021-03-11 Avenant n° 1 (signé)");

        Document page = Html.parse(mvc.perform(get("/agreements/" + id)));
        assertThat(page.select("#life-" + status + " .confirm-action")).as("a status change has no delete").isEmpty();
        assertThat(page.select("#life-" + amended + " .confirm-action")).hasSize(1);
        mvc.perform(post("/agreements/" + id + "/life/" + status + "/delete").with(csrf()).param("version", version(id)))
                .andExpect(flash().attribute("failure", "agreement.refused.statusEventKept"));
        mvc.perform(post("/agreements/" + id + "/life/" + amended + "/delete").with(csrf()).param("version", version(id)))
                .andExpect(flash().attribute("success", "agreement.life.removed"));
        entityManager.flush();
        assertThat(jdbc.queryForObject("select count(*) from agreement_event where id = ?", Integer.class, amended))
                .isZero();
    }
}
