package be.brussels.international.coordination.demo;

import java.time.Clock;
import java.util.function.Supplier;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import be.brussels.international.coordination.agreement.Agreements;
import be.brussels.international.coordination.contact.Contacts;
import be.brussels.international.coordination.cooperation.Calls;
import be.brussels.international.coordination.cooperation.Projects;
import be.brussels.international.coordination.event.Events;
import be.brussels.international.coordination.visit.Visits;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The run command's demo cell: every list and every home page alert has something to show, each record says
 * it is demo data, and the same day gives the same cell. Everything is rolled back.
 */
@IntegrationTest
class DemoDataTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    UserDetailsService users;

    @Autowired
    Visits visits;

    @Autowired
    Events events;

    @Autowired
    be.brussels.international.coordination.communication.Editions editions;

    @Autowired
    Contacts contacts;

    @Autowired
    Agreements agreements;

    @Autowired
    Calls calls;

    @Autowired
    Projects projects;

    @Autowired
    Clock clock;

    @Test
    void everyListHasDemoRecordsAndEachSaysSo() {
        inRolledBackTransaction(() -> {
            demoData().fill();
            for (String list : new String[] {"/visits", "/events", "/calls", "/gifts", "/agreements?sort=title"}) {
                Document page = page("gclerckx", list);
                assertThat(Html.texts(page, "main table tbody tr")).as(list).isNotEmpty()
                        .anyMatch(row -> row.contains(DemoData.MARK));
            }
            Document quebec = page("fvandernoot", "/partners/quebec");
            assertThat(quebec.text()).contains("Julie Exemple", "Mission économique du Québec (démo)",
                    "Programme d’action 2025-2027 (démo)", "eat! BRUSSELS, volet international (démo)",
                    "Appel avec Julie Exemple");
            long project = jdbc.queryForObject("select id from project_application where applicant = 'ONG Exemple Kinshasa (démo)'",
                    Long.class);
            assertThat(page("cteclu", "/projects/" + project).text()).contains("Rapport d’étape à six mois (démo)");
            String month = jdbc.queryForObject("""
                    select to_char(starts_on, 'YYYY-MM') from delegation_visit
                    where title = 'Mission économique du Québec (démo)'""", String.class);
            assertThat(page("gclerckx", "/calendar?month=" + month).text())
                    .contains("Mission économique du Québec (démo)");
            return null;
        });
    }

    @Test
    void nothingIsRecordedWithoutItsMark() {
        String[] unmarked = {"select count(*) from delegation_visit where title not like '%(démo)'",
            "select count(*) from large_event where title_fr not like '%(démo)'",
            "select count(*) from partner_note where summary not like '%(démo)'",
            "select count(*) from call_for_projects where title_fr not like '%(démo)'",
            "select count(*) from project_application where applicant not like '%(démo)'",
            "select count(*) from agreement where title_fr not like '%(démo)' and signed_on is not null"};
        inRolledBackTransaction(() -> {
            long[] before = new long[unmarked.length];
            for (int i = 0; i < unmarked.length; i++) {
                before[i] = jdbc.queryForObject(unmarked[i], Long.class);
            }
            demoData().fill();
            for (int i = 0; i < unmarked.length; i++) {
                assertThat(jdbc.queryForObject(unmarked[i], Long.class)).as(unmarked[i]).isEqualTo(before[i]);
            }
            return null;
        });
    }

    @Test
    void everyHomePageAlertHasSomethingToShow() {
        inRolledBackTransaction(() -> {
            demoData().fill();
            Document coordinator = page("gclerckx", "/");
            assertThat(Html.texts(coordinator, "#coming-visits li")).anyMatch(v -> v.contains("Québec (démo)"));
            assertThat(Html.texts(coordinator, "#coming-events li")).anyMatch(e -> e.contains("Prague (démo)"));
            assertThat(Html.texts(coordinator, "#attention-summary li")).anyMatch(a -> a.endsWith("dans moins de six mois"));
            assertThat(Html.texts(page("gclerckx", "/attention?alert=EXPIRES_SOON"), "#attention li"))
                    .anyMatch(a -> a.startsWith("Québec"));
            assertThat(Html.texts(coordinator, "#due-reports li")).isNotEmpty();
            assertThat(Html.texts(coordinator, "#quiet-partners li")).isNotEmpty().doesNotContain("Québec");

            Document protocol = page("wvanwaeyenberge", "/");
            assertThat(Html.texts(protocol, "#escorts li")).anyMatch(v -> v.contains("Pékin (démo)"));

            Document attache = page("swillaumez", "/");
            assertThat(Html.texts(attache, "#coming-visits li")).anyMatch(v -> v.contains("Kinshasa (démo)"));
            assertThat(Html.texts(attache, "#due-reports li")).isNotEmpty();
            return null;
        });
    }

    @Test
    void theSameDayGivesTheSameCell() {
        String first = inRolledBackTransaction(() -> {
            demoData().fill();
            return fingerprint();
        });
        String again = inRolledBackTransaction(() -> {
            demoData().fill();
            return fingerprint();
        });
        assertThat(again).isEqualTo(first);
    }

    @Test
    void aDatabaseAlreadyUsedIsLeftAlone() {
        inRolledBackTransaction(() -> {
            DemoData demo = demoData();
            demo.fill();
            assertThat(demo.isEmpty()).isFalse();
            long visitsBefore = jdbc.queryForObject("select count(*) from delegation_visit", Long.class);
            demo.run(null);
            assertThat(jdbc.queryForObject("select count(*) from delegation_visit", Long.class))
                    .isEqualTo(visitsBefore);
            return null;
        });
    }

    private DemoData demoData() {
        return new DemoData(visits, events, contacts, agreements, calls, projects, editions, jdbc, clock);
    }

    private String fingerprint() {
        return jdbc.queryForObject("""
                select md5(
                  (select string_agg(v.title || v.starts_on || v.status, '|' order by v.title) from delegation_visit v)
                  || (select string_agg(e.title_fr || e.starts_on, '|' order by e.title_fr) from large_event e)
                  || (select string_agg(n.summary || n.occurred_on || n.author, '|' order by n.summary)
                        from partner_note n)
                  || (select string_agg(a.title_fr || coalesce(a.expires_on::text, '-'), '|' order by a.title_fr)
                        from agreement a where a.title_fr like '%(démo)'))""", String.class);
    }

    private Document page(String username, String url) {
        try {
            return Html.parse(mvc.perform(get(url).with(user(users.loadUserByUsername(username))))
                    .andExpect(status().isOk()));
        }
        catch (Exception e) {
            throw new AssertionError(url, e);
        }
    }

    private <T> T inRolledBackTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            return work.get();
        });
    }
}
