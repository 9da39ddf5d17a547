package be.brussels.international.coordination.portfolio.web;

import be.brussels.international.coordination.Browser;
import be.brussels.international.coordination.IntegrationTest;
import be.brussels.international.coordination.StatementCounter;
import be.brussels.international.coordination.web.PageCache;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The main pages cost the same number of SQL statements whatever the amount of data: no N+1. Each test
 * measures a page, adds many partners, people, dossiers and assignments (in a transaction that is
 * rolled back), and measures again. Lists are measured on full pages, so that the page count query runs
 * both times.
 */
@IntegrationTest
@Transactional
@WithUserDetails("fvandernoot")
class StatementCountTests {

    private static final int MORE = 60;

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @PersistenceContext
    EntityManager entityManager;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PageCache.Store pages;

    /**
     * Issue 23: every main page in at most five statements, counted by the data source (JdbcTemplate's included,
     * the session's store apart), whatever the data (the other tests here), made afresh (not from PageCache), by a
     * reader who logged in through the login page. The home page: the reader's portfolio, the agreements needing
     * attention, the coming visits, the coming events, the quiet partners with the reports due (Watchlist; the
     * previous login comes with the session). A partner's page: its dossier and holders, its visits, its contacts and
     * notes (one statement), its agreements, its events with a development-cooperation partner's projects (one).
     */
    @Test
    void everyMainPageTakesAtMostFiveStatements() throws Exception {
        long visit = addVisit("quebec", 3);
        addMembersAndItems(visit, 4);
        // A vacant dossier: its partner's page reads the dossier with its holders, none (one statement all the same).
        jdbc.update("update assignment set valid_to = current_date where valid_to is null"
                + " and dossier_id = (select id from dossier where code = 'havana')");
        Map<String, Integer> most = new LinkedHashMap<>();

        most.put("/", 5);
        most.put("/partners/quebec", 5);
        most.put("/partners/kinshasa", 5);
        most.put("/partners/havana", 5);
        most.put("/partners", 5);
        most.put("/staff/fvandernoot", 5);
        most.put("/visits", 5);
        most.put("/visits/" + visit, 5);
        most.put("/search?q=quebec", 5);
        most.put("/search/suggestions?q=queb", 5);
        assertAtMost(most, "fvandernoot");
    }

    /**
     * The whole cell's home pages: the coordinator's and the administrator's (the cell read once: every holding of
     * today and later, the people, the dossiers without holder; the agreements needing attention; the protocol's
     * visits, those later and the escorts in one; the events; the quiet partners, reports due and what is to be
     * published in one); the protocol officer's and the communication officer's.
     */
    @Test
    @WithUserDetails("gclerckx")
    void theCoordinatorsMainPagesTakeAtMostFiveStatements() throws Exception {
        assertWholeCellPagesAtMostFive("gclerckx");
    }

    @Test
    @WithUserDetails("admin")
    void theAdministratorsMainPagesTakeAtMostFiveStatements() throws Exception {
        assertWholeCellPagesAtMostFive("admin");
    }

    @Test
    @WithUserDetails("wvanwaeyenberge")
    void theProtocolOfficersMainPagesTakeAtMostFiveStatements() throws Exception {
        assertWholeCellPagesAtMostFive("wvanwaeyenberge");
    }

    @Test
    @WithUserDetails("jmverdin")
    void theCommunicationOfficersMainPagesTakeAtMostFiveStatements() throws Exception {
        assertWholeCellPagesAtMostFive("jmverdin");
    }

    /** (The reader measured is the test's, {@code @WithUserDetails}: the same as the one logged in.) */
    private void assertWholeCellPagesAtMostFive(String reader) throws Exception {
        Map<String, Integer> most = new LinkedHashMap<>();
        most.put("/", 5);
        most.put("/partners/quebec", 5);
        most.put("/partners", 5);
        most.put("/visits", 5);
        assertAtMost(most, reader);
    }

    /** A holder of development-cooperation dossiers: their home page lists the reports due of those dossiers too. */
    @Test
    @WithUserDetails("bspapens")
    void aDevelopmentCooperationHoldersMainPagesTakeAtMostFiveStatements() throws Exception {
        Map<String, Integer> most = new LinkedHashMap<>();
        most.put("/", 5);
        most.put("/partners/kinshasa", 5);
        most.put("/staff/bspapens", 5);
        most.put("/visits", 5);
        assertAtMost(most, "bspapens");
    }

    /** A browser logged in as this person through the login page. */
    private Browser loggedIn(String username) throws Exception {
        Browser browser = new Browser();
        mvc.perform(post("/login").with(browser).param("username", username).param("password", "demo")
                .with(csrf())).andExpect(status().isFound());
        return browser;
    }

    /** Each page (address → most statements) costs at most so many statements, made afresh, for this reader. */
    private void assertAtMost(Map<String, Integer> most, String reader) throws Exception {
        Browser browser = loggedIn(reader);
        for (Map.Entry<String, Integer> page : most.entrySet()) {
            entityManager.clear();
            pages.clear();
            StatementCounter.reset();
            mvc.perform(get(page.getKey()).with(browser)).andExpect(status().isOk());
            assertThat(StatementCounter.count()).as("SQL statements of %s for %s", page.getKey(), reader)
                    .isLessThanOrEqualTo(page.getValue());
        }
    }

    @Test
    void thePartnersListDoesNotGrowWithPartnersAndHolders() throws Exception {
        assertConstant("/partners?size=10", "/partners?size=10&continent=EUROPE", "/partners?size=10&q=a");
    }

    @Test
    void aPartnerPortfolioDoesNotGrowWithItsHolders() throws Exception {
        assertConstant("/partners/quebec", "/partners/havana", "/partners/quebec/timeline?size=10");
    }

    @Test
    void theStaffPagesDoNotGrowWithPeopleAndDossiers() throws Exception {
        assertConstant("/staff?size=10", "/staff/fvandernoot", "/staff/pgerard");
    }

    @Test
    void theHomePageAndADossierDoNotGrowWithDossiersNotesOrContacts() throws Exception {
        assertConstant("/", "/dossiers/quebec");
    }

    @Test
    @WithUserDetails("gclerckx")
    void theCoordinatorsPagesDoNotGrowWithDossiersPeopleOrHistory() throws Exception {
        assertConstant("/workload", "/dossiers/havana/reassign", "/staff/fvandernoot/handover",
                "/dossiers/quebec/history", "/partners/havana/history", "/staff/fvandernoot/history?size=10");
    }

    @Test
    void theVisitsPagesDoNotGrowWithVisitsMembersOrProgramme() throws Exception {
        long visit = addVisit("quebec", 30);
        addMembersAndItems(visit, 1);
        for (int i = 0; i < 12; i++) {
            addVisit("quebec", 40 + i); // full first pages, so that their count query runs both times
        }
        // The list reads visits under way, then visits to come (a query each, see Visits.search): its first page
        // spans both before and after the visits added below.
        addVisit("quebec", -1);
        String[] urls = { "/visits?size=10", "/visits/" + visit, "/partners/quebec", "/visits?size=10&partner=quebec" };
        long[] before = new long[urls.length];
        for (int i = 0; i < urls.length; i++) {
            before[i] = statementsFor(urls[i]);
        }
        for (int i = 0; i < MORE; i++) {
            addMembersAndItems(addVisit(i % 2 == 0 ? "quebec" : "sofia", i - 20), 3);
        }
        addMembersAndItems(visit, 20);
        for (int i = 0; i < urls.length; i++) {
            assertThat(statementsFor(urls[i])).as("SQL statements of %s", urls[i]).isEqualTo(before[i]);
        }
    }

    @Test
    void theAgreementsPagesDoNotGrowWithAgreementsOrTheirLife() throws Exception {
        long quebec = jdbc.queryForObject(
                "select a.id from agreement a join partner p on p.id = a.partner_id where p.slug = 'quebec'", Long.class);
        String[] urls = { "/agreements?size=10", "/agreements/" + quebec, "/partners/quebec" };
        long[] before = new long[urls.length];
        for (int i = 0; i < urls.length; i++) {
            before[i] = statementsFor(urls[i]);
        }
        for (int i = 0; i < MORE; i++) {
            long id = jdbc.queryForObject("""
                    insert into agreement (partner_id, parent_id, kind, title_fr, title_nl, title_en, status)
                    select partner_id, id, 'AMENDMENT', 'Avenant', 'Aanhangsel', 'Amendment', 'SIGNED'
                    from agreement where id = ? returning id""", Long.class, quebec);
            jdbc.update("insert into agreement_event (agreement_id, kind, status, recorded_by) values (?, 'STATUS', 'SIGNED', 'test')", id);
            jdbc.update("insert into agreement_event (agreement_id, kind, recorded_by) values (?, 'AMENDED', 'test')", quebec);
        }
        for (int i = 0; i < urls.length; i++) {
            assertThat(statementsFor(urls[i])).as("SQL statements of %s", urls[i]).isEqualTo(before[i]);
        }
    }

    @Test
    void theEventsPagesDoNotGrowWithEventsPartnersOrStaff() throws Exception {
        long event = addEvent(5);
        for (int i = 0; i < 12; i++) {
            addEvent(10 + i);
        }
        String[] urls = { "/events?size=10", "/events/" + event, "/partners/quebec", "/calendar" };
        long[] before = new long[urls.length];
        for (int i = 0; i < urls.length; i++) {
            before[i] = statementsFor(urls[i]);
        }
        for (int i = 0; i < MORE; i++) {
            addEvent(i - 20);
        }
        jdbc.update("insert into large_event_partner (event_id, partner_id) select ?, id from partner where slug <> 'quebec'",
                event);
        jdbc.update("insert into large_event_staff (event_id, staff_member_id) select ?, id from staff_member", event);
        for (int i = 0; i < urls.length; i++) {
            assertThat(statementsFor(urls[i])).as("SQL statements of %s", urls[i]).isEqualTo(before[i]);
        }
    }

    @Test
    void theCallsPagesDoNotGrowWithCallsOrApplications() throws Exception {
        long call = addCall();
        jdbc.update("insert into call_target_partner (call_id, partner_id) select ?, id from partner where slug = 'chennai'",
                call);
        for (int i = 0; i < 12; i++) {
            addCall();
        }
        String[] urls = { "/calls?size=10", "/calls/" + call };
        long[] before = new long[urls.length];
        for (int i = 0; i < urls.length; i++) {
            before[i] = statementsFor(urls[i]);
        }
        for (int i = 0; i < MORE; i++) {
            addCall();
            jdbc.update("""
                    insert into project_application (call_id, partner_id, applicant, title, requested)
                    select ?, id, 'ONG', 'Projet', 1000 from partner where slug = ?""", call,
                    i % 2 == 0 ? "chennai" : "kinshasa");
        }
        jdbc.update("insert into call_target_partner (call_id, partner_id) select ?, id from partner"
                + " where development_cooperation and slug <> 'chennai'", call);
        for (int i = 0; i < urls.length; i++) {
            assertThat(statementsFor(urls[i])).as("SQL statements of %s", urls[i]).isEqualTo(before[i]);
        }
    }

    private long addCall() {
        return jdbc.queryForObject("""
                insert into call_for_projects (title_fr, title_nl, title_en, year, opens_on, deadline_on, budget, status)
                values ('Appel', 'Oproep', 'Call', 2027, date '2027-01-01', date '2027-03-01', 100000, 'OPEN')
                returning id""", Long.class);
    }

    private long addEvent(int inDays) {
        long id = jdbc.queryForObject("""
                insert into large_event (kind, title_fr, title_nl, title_en, starts_on, ends_on)
                values ('COLLOQUIUM', 'Colloque', 'Colloquium', 'Colloquium', current_date + ?, current_date + ? + 1)
                returning id""", Long.class, inDays, inDays);
        jdbc.update("insert into large_event_partner (event_id, partner_id) select ?, id from partner where slug = 'quebec'",
                id);
        return id;
    }

    private long addVisit(String partner, int inDays) {
        return jdbc.queryForObject("""
                insert into delegation_visit (direction, kind, partner_id, title, starts_on, ends_on, logged_by)
                select 'INCOMING', 'WORKING', id, 'Visite ' || ?, current_date + ?, current_date + ? + 2, 'test'
                from partner where slug = ? returning id""", Long.class, inDays, inDays, inDays, partner);
    }

    private void addMembersAndItems(long visit, int count) {
        for (int i = 0; i < count; i++) {
            jdbc.update("insert into visit_member (visit_id, name, precedence) values (?, ?, ?)", visit, "Membre " + i,
                    i + 1);
            jdbc.update("""
                    insert into programme_item (visit_id, day, starts_at, ends_at, activity)
                    select id, starts_on, time '09:00', time '10:00', ? from delegation_visit where id = ?""",
                    "Point " + i, visit);
        }
    }

    private void assertConstant(String... urls) throws Exception {
        long[] before = new long[urls.length];
        for (int i = 0; i < urls.length; i++) {
            before[i] = statementsFor(urls[i]);
        }
        addPartnersPeopleAndAssignments();
        for (int i = 0; i < urls.length; i++) {
            assertThat(statementsFor(urls[i])).as("SQL statements of %s", urls[i]).isEqualTo(before[i]);
        }
    }

    private long statementsFor(String url) throws Exception {
        entityManager.clear();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        mvc.perform(get(url)).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }

    /**
     * Many more partners with dossiers, people, and assignments, some to fvandernoot, Québec and Havana,
     * with their audit rows. Their names sort first, so that the measured first pages show them.
     */
    private void addPartnersPeopleAndAssignments() {
        long lastAssignment = jdbc.queryForObject("select coalesce(max(id), 0) from assignment", Long.class);
        for (int i = 0; i < MORE; i++) {
            String username = "extra" + i;
            jdbc.update("insert into user_account (username, role) values (?, 'STAFF')", username);
            jdbc.update("""
                    insert into staff_member (username, first_name, last_name, title_fr, title_nl, title_en)
                    values (?, 'Extra', ?, 'Attaché', 'Attaché', 'Attaché')""", username, "Aaa Person " + i);
            jdbc.update("""
                    insert into partner (slug, designation_fr, name_fr, name_nl, name_en, kind, country_code,
                                         continent, time_zone)
                    values (?, ?, ?, ?, ?, 'CITY', 'BE', 'EUROPE', 'Europe/Brussels')""",
                    "extra-partner-" + i, "Aaa Ville " + i, "Aaa Ville " + i, "Aaa Stad " + i, "Aaa Town " + i);
            jdbc.update("""
                    insert into dossier (code, kind, partner_id)
                    select slug, 'BILATERAL', id from partner where slug = ?""", "extra-partner-" + i);
            assign(username, "extra-partner-" + i);
            assign("fvandernoot", "extra-partner-" + i);
            assign(username, "quebec");
            assign(username, "havana");
            jdbc.update("insert into partner_contact (partner_id, name) select id, ? from partner where slug = 'quebec'",
                    "Contact " + i);
            jdbc.update("""
                    insert into partner_note (partner_id, kind, occurred_on, summary, author)
                    select id, 'CALL', current_date - ?, 'Appel', 'test' from partner where slug = 'quebec'""", i);
        }
        Long revision = jdbc.queryForObject(
                "insert into revision (changed_at, username) values (now(), 'test') returning id", Long.class);
        jdbc.update("""
                insert into assignment_aud (id, rev, revtype, dossier_id, staff_member_id, valid_from, valid_to,
                                            decided_by, reason, recorded_at)
                select id, ?, 0, dossier_id, staff_member_id, valid_from, valid_to, decided_by, reason, recorded_at
                from assignment where id > ?""", revision, lastAssignment);
    }

    private void assign(String username, String dossierCode) {
        jdbc.update("""
                insert into assignment (dossier_id, staff_member_id, valid_from, decided_by, reason)
                select d.id, s.id, date '2026-01-01', 'test', 'statement count'
                from dossier d, staff_member s where d.code = ? and s.username = ?""", dossierCode, username);
    }
}
