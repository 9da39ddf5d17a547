package be.brussels.international.coordination.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import be.brussels.international.coordination.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may do what on calls for projects, with several members of the team: the holders of the "Appels à
 * projets" dossier and the coordinator run the calls (create, advance, record and evaluate applications,
 * decide, grant) and pay; the holder of a partner records the reports of that partner's projects and nothing
 * else; other attachés and the protocol officer only read. The route × role matrix tries one attaché only.
 */
@IntegrationTest
class CooperationRightsTests {

    /** route | {records} | outcome for: cteclu (calls dossier), swillaumez (Kinshasa), fvandernoot, protocol, coordinator */
    private static final String RIGHTS = """
            POST /calls                                                          | run denied denied denied run
            POST /calls/{call}/advance?version=0                                 | run denied denied denied run
            POST /calls/{call}/applications?version=0                            | run denied denied denied run
            POST /calls/{call}/applications/{kinshasa}/evaluate?version=0        | run denied denied denied run
            POST /calls/{call}/applications/{kinshasa}/decide?version=0&status=ELIGIBLE | run denied denied denied run
            POST /calls/{call}/applications/{kinshasa}/grant?version=0&amount=1  | run denied denied denied run
            POST /projects/{kinshasaProject}/payments                            | run denied denied denied run
            POST /projects/{kinshasaProject}/reports                             | run run denied denied run
            POST /projects/{kinshasaProject}/reports/{report}/received           | run run denied denied run
            POST /projects/{chennaiProject}/reports                              | run denied denied denied run
            """;

    private static final String[] PEOPLE = {"cteclu", "swillaumez", "fvandernoot", "wvanwaeyenberge", "gclerckx"};

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    UserDetailsService users;

    @Test
    void callsAreRunByTheirDossiersHoldersAndPartnersHoldersRecordTheirProjectsReports() {
        List<String> wrong = new ArrayList<>();
        for (String line : RIGHTS.strip().split("\n")) {
            String[] cells = line.split("\\|");
            String url = cells[0].trim().substring("POST ".length());
            String[] expected = cells[1].trim().split("\\s+");
            for (int i = 0; i < PEOPLE.length; i++) {
                String person = PEOPLE[i];
                int status = statusOf(url, person);
                String actual = status == 403 ? "denied" : "run";
                if (!actual.equals(expected[i])) {
                    wrong.add(url + " as " + person + ": " + status + " (expected " + expected[i] + ")");
                }
                assertThat(status).as(url + " as " + person).isLessThan(500);
            }
        }
        assertThat(wrong).isEmpty();
    }

    private int statusOf(String url, String username) {
        return new TransactionTemplate(transactions).execute(transaction -> {
            transaction.setRollbackOnly();
            String filled = RouteRoleMatrixTests.fill(url, records());
            try {
                return mvc.perform(post(filled).with(csrf()).with(user(users.loadUserByUsername(username))))
                        .andReturn().getResponse().getStatus();
            }
            catch (Exception e) {
                return 500;
            }
        });
    }

    /** An open call with an application from Kinshasa, and funded projects of Kinshasa and Chennai. */
    private Map<String, Object> records() {
        long call = jdbc.queryForObject("""
                insert into call_for_projects (title_fr, title_nl, title_en, year, opens_on, deadline_on, budget, status)
                values ('Appel', 'Oproep', 'Call', 2026, current_date, current_date + 30, 100000, 'OPEN')
                returning id""", Long.class);
        long kinshasa = application(call, "kinshasa", "SUBMITTED", null);
        long kinshasaProject = application(call, "kinshasa", "GRANTED", 800);
        long chennaiProject = application(call, "chennai", "GRANTED", 800);
        long report = jdbc.queryForObject("""
                insert into project_report (application_id, due_on) values (?, current_date + 30) returning id""",
                Long.class, kinshasaProject);
        return Map.of("call", call, "kinshasa", kinshasa, "kinshasaProject", kinshasaProject, "chennaiProject",
                chennaiProject, "report", report);
    }

    private long application(long call, String partner, String status, Integer granted) {
        return jdbc.queryForObject("""
                insert into project_application (call_id, partner_id, applicant, title, requested, status, granted)
                select ?, id, 'Demandeur', 'Projet', 1000, ?, ? from partner where slug = ? returning id""",
                Long.class, call, status, granted, partner);
    }
}
