package be.brussels.international.coordination.cooperation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import be.brussels.international.coordination.Refusals;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A funded project in Chennai: its reports, its payments by tranche, and where they show. Rolled back. */
@IntegrationTest
@Transactional
@WithUserDetails("cteclu")
class ProjectsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @PersistenceContext
    EntityManager entityManager;

    long project;

    @BeforeEach
    void aFundedProject() {
        // A call opened a year ago, decided since: its projects are paid and report from then on.
        LocalDate opened = LocalDate.now(clock).minusYears(1);
        long call = jdbc.queryForObject("""
                insert into call_for_projects (title_fr, title_nl, title_en, year, opens_on, deadline_on, budget, status)
                values ('Appel', 'Oproep', 'Call', ?, ?, ?, 100000, 'AWARDED')
                returning id""", Long.class, opened.getYear(), opened, opened.plusMonths(2));
        project = jdbc.queryForObject("""
                insert into project_application (call_id, partner_id, applicant, title, requested, granted, status)
                select ?, id, 'ONG Eau pour tous', 'Puits à Chennai', 40000, 30000.50, 'GRANTED'
                from partner where slug = 'chennai' returning id""", Long.class, call);
    }

    @Test
    void aReportDueNextWeekShowsOnTheHoldersHomePageUntilReceived() throws Exception {
        mvc.perform(post("/projects/" + project + "/reports").with(csrf())
                .param("dueOn", LocalDate.now(clock).plusDays(40).toString())).andExpect(status().isFound());
        assertThat(Html.parse(mvc.perform(get("/"))).select("#due-reports")).as("not yet: in 40 days").isEmpty();
        mvc.perform(post("/projects/" + project + "/reports").with(csrf())
                .param("dueOn", LocalDate.now(clock).plusDays(7).toString()).param("note", "Rapport intermédiaire"))
                .andExpect(flash().attribute("success", "project.report.added"));
        assertThat(Html.texts(Html.parse(mvc.perform(get("/"))), "#due-reports a")).containsExactly("Puits à Chennai");

        entityManager.flush();
        long report = jdbc.queryForObject("select id from project_report where application_id = ? and note is not null",
                Long.class, project);
        mvc.perform(post("/projects/" + project + "/reports/" + report + "/received").with(csrf()))
                .andExpect(flash().attribute("success", "project.report.received"));
        entityManager.flush();
        entityManager.clear();
        assertThat(Html.parse(mvc.perform(get("/"))).select("#due-reports")).isEmpty();
    }

    @Test
    void paymentsByTrancheNeverExceedTheGrant() throws Exception {
        mvc.perform(payment("15000")).andExpect(flash().attribute("success", "project.payment.added"));
        mvc.perform(payment("15000,50")).andExpect(flash().attribute("success", "project.payment.added"));
        assertThat(Refusals.fieldErrors(mvc.perform(payment("0.01")).andReturn(), "paymentForm"))
                .containsEntry("amount", "cooperation.refused.aboveGrant");
        MvcResult abc = mvc.perform(payment("abc")).andExpect(flash().attribute("failure", "form.refused")).andReturn();
        assertThat(Refusals.fieldErrors(abc, "paymentForm")).containsEntry("amount", "cooperation.refused.amount");
        assertThat(Refusals.pageAfter(mvc, abc).selectFirst("#amount").val()).isEqualTo("abc");
        MvcResult impossible = mvc.perform(post("/projects/" + project + "/payments").with(csrf())
                .param("paidOn", "2026-02-30").param("amount", "10")).andReturn();
        assertThat(Refusals.fieldErrors(impossible, "paymentForm")).containsEntry("paidOn", "typeMismatch");
        assertThat(Refusals.pageAfter(mvc, impossible).selectFirst("#paidOn").val()).isEqualTo("2026-02-30");
        MvcResult report = mvc.perform(post("/projects/" + project + "/reports").with(csrf())
                .param("dueOn", "2026-02-30").param("note", "n".repeat(1001))).andReturn();
        assertThat(Refusals.fieldErrors(report, "reportForm")).containsEntry("dueOn", "typeMismatch")
                .containsEntry("note", "Size");
        assertThat(Refusals.pageAfter(mvc, report).selectFirst("#dueOn").val()).isEqualTo("2026-02-30");

        entityManager.flush();
        entityManager.clear();
        Document page = Html.parse(mvc.perform(get("/projects/" + project)).andExpect(status().isOk()));
        assertThat(Html.text(page, "#paid")).matches("30\\h000,50 €");
        assertThat(page.select("#payment-list li")).hasSize(2);
        Document summary = Html.parse(mvc.perform(get("/calls/summary")));
        assertThat(Html.text(summary, "#summary tbody tr")).startsWith(String.valueOf(LocalDate.now(clock).minusYears(1).getYear())).matches(".*100\\h000,00 €.*30\\h000,50 €.*30\\h000,50 €");
        assertThat(Html.texts(Html.parse(mvc.perform(get("/partners/chennai"))), "#partner-projects a"))
                .containsExactly("Puits à Chennai");
    }

    @Test
    @WithUserDetails("pgerard")
    void othersReadButDoNotRecord() throws Exception {
        mvc.perform(get("/projects/" + project)).andExpect(status().isOk());
        mvc.perform(payment("10")).andExpect(status().isForbidden());
    }

    /** A payment is recorded once made, after its call opened; a report is due within the project's life. */
    @Test
    void datesOutsideTheProjectsLifeAreRefusedOnTheirField() throws Exception {
        LocalDate today = LocalDate.now(clock);
        for (LocalDate paidOn : List.of(today.plusDays(1), today.minusYears(2))) {
            MvcResult refused = mvc.perform(post("/projects/" + project + "/payments").with(csrf())
                    .param("paidOn", paidOn.toString()).param("amount", "10")).andReturn();
            assertThat(Refusals.fieldErrors(refused, "paymentForm")).as(paidOn.toString()).containsKey("paidOn");
        }
        // The call's opening said as the page writes dates, in the reader's language.
        MvcResult early = mvc.perform(post("/projects/" + project + "/payments").with(csrf())
                .param("paidOn", today.minusYears(2).toString()).param("amount", "10")).andReturn();
        assertThat(Html.text(Refusals.pageAfter(mvc, early), "#paidOn-error")).contains(
                be.brussels.international.coordination.shared.Dates.medium(today.minusYears(1), java.util.Locale.FRENCH));
        for (LocalDate dueOn : List.of(today.minusYears(2), today.plusYears(20))) {
            MvcResult refused = mvc.perform(post("/projects/" + project + "/reports").with(csrf())
                    .param("dueOn", dueOn.toString())).andReturn();
            assertThat(Refusals.fieldErrors(refused, "reportForm")).as(dueOn.toString()).containsKey("dueOn");
        }
        assertThat(jdbc.queryForObject("select count(*) from project_payment where application_id = ?", Long.class,
                project)).isZero();
    }

    /** A payment or an expected report recorded by mistake is removed; a report received stays. */
    @Test
    void aPaymentOrAReportRecordedByMistakeIsRemoved() throws Exception {
        mvc.perform(payment("100")).andExpect(flash().attribute("success", "project.payment.added"));
        mvc.perform(post("/projects/" + project + "/reports").with(csrf())
                .param("dueOn", LocalDate.now(clock).plusDays(30).toString())).andExpect(status().isFound());
        mvc.perform(post("/projects/" + project + "/reports").with(csrf())
                .param("dueOn", LocalDate.now(clock).plusDays(60).toString())).andExpect(status().isFound());
        long payment = jdbc.queryForObject("select id from project_payment where application_id = ?", Long.class,
                project);
        List<Long> reports = jdbc.queryForList("select id from project_report where application_id = ? order by id",
                Long.class, project);
        Document page = Html.parse(mvc.perform(get("/projects/" + project)));
        assertThat(page.select("form[action$=/payments/" + payment + "/delete]")).hasSize(1);

        mvc.perform(post("/projects/" + project + "/payments/" + payment + "/delete").with(csrf()))
                .andExpect(flash().attribute("success", "project.payment.removed"));
        mvc.perform(post("/projects/" + project + "/reports/" + reports.get(0) + "/delete").with(csrf()))
                .andExpect(flash().attribute("success", "project.report.removed"));
        mvc.perform(post("/projects/" + project + "/reports/" + reports.get(1) + "/received").with(csrf()));
        mvc.perform(post("/projects/" + project + "/reports/" + reports.get(1) + "/delete").with(csrf()))
                .andExpect(flash().attribute("failure", "cooperation.refused.reportReceived"));

        entityManager.flush();
        assertThat(jdbc.queryForObject("select count(*) from project_payment where application_id = ?", Long.class,
                project)).isZero();
        assertThat(jdbc.queryForList("select id from project_report where application_id = ?", Long.class, project))
                .containsExactly(reports.get(1));
    }

    /** An amount typed as the page writes it in the reader's language (the Dutch page shows « 1.250,75 € »). */
    @Test
    void anAmountIsReadAsThePageWritesItInTheReadersLanguage() throws Exception {
        mvc.perform(payment("1.250,75").param("lang", "nl")).andExpect(flash().attribute("success", "project.payment.added"));
        mvc.perform(payment("1,250.25").param("lang", "en")).andExpect(flash().attribute("success", "project.payment.added"));
        entityManager.flush();
        assertThat(jdbc.queryForList("select amount from project_payment where application_id = ? order by id",
                java.math.BigDecimal.class, project)).usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("1250.75"), new java.math.BigDecimal("1250.25"));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder payment(String amount) {
        return post("/projects/" + project + "/payments").with(csrf()).param("paidOn", LocalDate.now(clock).toString())
                .param("amount", amount);
    }
}
