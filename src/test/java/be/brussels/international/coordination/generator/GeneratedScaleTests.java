package be.brussels.international.coordination.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import be.brussels.international.coordination.IntegrationTest;
import be.brussels.international.coordination.StatementCounter;
import be.brussels.international.coordination.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The data generator is reproducible, and the main pages cost the same number of SQL statements (Hibernate's
 * and JdbcTemplate's) before and after it added a few years of data. Everything is rolled back.
 */
@IntegrationTest
class GeneratedScaleTests {

    /** A small generated set: enough to fill every measured page several times over, quick to write. */
    static final DataGenerator.Volumes SMALL = new DataGenerator.Volumes(60, 30, 120, 400, 150, 90, 600, 80);

    /** The pages the benchmark drives, each with the data it shows. */
    static final String[] MAIN_PAGES = {"/", "/partners?size=10", "/partners/quebec", "/partners/quebec/timeline",
        "/staff?size=5", "/staff/fvandernoot", "/visits", "/visits/%d", "/search?q=quebec", "/search?q=a",
        "/search?q=quebec&kind=visits", "/events", "/agreements?size=10"};

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        String first = generatedThenRolledBack(42);
        String again = generatedThenRolledBack(42);
        String other = generatedThenRolledBack(7);

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void generatesTheVolumesAskedForWithTheirAuditRows() {
        inRolledBackTransaction(() -> {
            long revisionsBefore = jdbc.queryForObject("select count(*) from revision", Long.class);
            new DataGenerator(jdbc, 1).fill(SMALL);
            assertThat(count("partner")).isEqualTo(60);
            assertThat(count("staff_member")).isEqualTo(30);
            assertThat(count("dossier")).isEqualTo(120);
            assertThat(count("delegation_visit")).isEqualTo(400);
            assertThat(count("large_event")).isEqualTo(150);
            assertThat(count("agreement")).isEqualTo(90);
            assertThat(count("partner_note")).isEqualTo(600);
            assertThat(count("visit_member")).isGreaterThanOrEqualTo(400);
            assertThat(jdbc.queryForObject("select count(*) from delegation_visit_aud", Long.class))
                    .isGreaterThanOrEqualTo(400);
            assertThat(jdbc.queryForObject("select count(*) from revision", Long.class)).isGreaterThan(revisionsBefore);
            assertThat(jdbc.queryForObject("select count(*) from delegation_visit where search_text is null or "
                    + "search_text not like '%' || lower(f_unaccent((select name from visit_member m where "
                    + "m.visit_id = delegation_visit.id and m.precedence = 1))) || '%'", Long.class))
                    .as("every visit findable by its first member").isZero();
            return null;
        });
    }

    @Test
    @WithUserDetails("fvandernoot")
    void theMainPagesCostTheSameStatementsAtAnyScale() throws Exception {
        inRolledBackTransaction(() -> {
            // Full first pages before as after, from the same runs, whatever the day: 25 visits under way
            // today fill the visits list from its first run (under way) before and after the generator, and 25
            // events under way today fill the home page's ten coming events from its first run likewise. Dates
            // from the application's clock: fixed dates would change which runs are read as the days pass.
            LocalDate today = LocalDate.now(clock);
            long visit = 0;
            for (int day = 1; day <= 25; day++) {
                visit = jdbc.queryForObject("""
                        insert into delegation_visit (direction, kind, partner_id, title, starts_on, ends_on, logged_by)
                        select 'INCOMING', 'WORKING', id, 'Visite', ?, ?, 'test' from partner where slug = 'quebec'
                        returning id""", Long.class, today.minusDays(day), today.plusDays(day));
                jdbc.update("""
                        insert into large_event (kind, title_fr, title_nl, title_en, starts_on, ends_on)
                        values ('COLLOQUIUM', 'Colloque', 'Colloquium', 'Colloquium', ?, ?)""",
                        today.minusDays(day), today.plusDays(day));
            }
            jdbc.update("insert into visit_member (visit_id, name, precedence) values (?, 'Membre', 1)", visit);
            jdbc.update("""
                    insert into programme_item (visit_id, day, starts_at, ends_at, activity)
                    values (?, ?, time '09:00', time '10:00', 'Accueil')""", visit, today);
            long[] before = new long[MAIN_PAGES.length];
            for (int i = 0; i < MAIN_PAGES.length; i++) {
                before[i] = statementsFor(MAIN_PAGES[i].formatted(visit));
            }
            new DataGenerator(jdbc, 1).fill(SMALL);
            jdbc.update("insert into visit_member (visit_id, name, precedence) select ?, 'Membre ' || n, n + 1"
                    + " from generate_series(1, 30) n", visit);
            for (int i = 0; i < MAIN_PAGES.length; i++) {
                String url = MAIN_PAGES[i].formatted(visit);
                assertThat(statementsFor(url)).as("SQL statements of %s", url).isEqualTo(before[i]);
            }
            return null;
        });
    }

    /**
     * With sequential scans made as expensive as PostgreSQL allows, a plan that still scans a large table has
     * no index to use: every query of the main pages, explained with its own parameters, must have one.
     *
     * <p>The planner's choice between an index and a whole read of a small table turns on its statistics and
     * on the table's pages (how many, how ordered), which in the shared database depend on what the tests
     * before left there and on when autovacuum last ran. So this runs in a database of its own, freshly
     * migrated, filled by the generator, vacuumed and analysed from every row: the same plans on every machine.
     */
    @Test
    @WithUserDetails("fvandernoot")
    void theMainPagesReadTheLargeTablesThroughIndexes() {
        TestDatabase.inPristineDatabase("coordination_plans", () -> {
            assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo("coordination_plans");
            new TransactionTemplate(transactions).executeWithoutResult(status -> new DataGenerator(jdbc, 1).fill(SMALL));
            jdbc.execute("vacuum analyze");
            inRolledBackTransaction(() -> {
                long visit = jdbc.queryForObject("select max(id) from delegation_visit", Long.class);
                jdbc.execute("set local enable_seqscan = off");
                List<String> scans = new ArrayList<>();
                int explained = 0;
                for (String page : MAIN_PAGES) {
                    String url = page.formatted(visit);
                    StatementCounter.startRecording();
                    try {
                        mvc.perform(get(url)).andExpect(status().isOk());
                    }
                    catch (Exception e) {
                        throw new AssertionError(url, e);
                    }
                    for (StatementCounter.Recorded query : StatementCounter.stopRecording()) {
                        explained++;
                        boolean total = query.sql().startsWith("select count(");
                        for (String scan : wholeTableReads(explain(query), total)) {
                            scans.add(url + ": " + scan + " in " + query.sql());
                        }
                    }
                }
                assertThat(explained).as("queries explained").isGreaterThan(3 * MAIN_PAGES.length);
                assertThat(scans).as("sequential scans of large tables").isEmpty();
                return null;
            });
        });
    }

    @Test
    void aWholeIndexReadIsAWholeTableRead() {
        List<String> plan = List.of("Nested Loop  (cost=0.71..293.74 rows=15 width=31)",
                "  ->  Index Scan using dossier_pkey on dossier d1_0  (cost=0.28..162.84 rows=15 width=19)",
                "        Filter: ('{1,2}'::bigint[] @> ARRAY[partner_id])",
                "  ->  Index Scan using assignment_dossier_idx on assignment a1_0  (cost=0.29..8.55 rows=1 width=24)",
                "        Index Cond: ((dossier_id = d1_0.id) AND (valid_from <= CURRENT_DATE))");
        assertThat(wholeTableReads(plan, false)).singleElement().asString().contains("dossier_pkey");
        assertThat(wholeTableReads(plan, true)).isEmpty();

        List<String> limited = List.of("Limit  (cost=0.29..1.04 rows=20 width=8)",
                "  ->  Index Only Scan Backward using visit_starts_on_covering_idx on delegation_visit v  (cost=0.29..1.04)");
        assertThat(wholeTableReads(limited, false)).isEmpty();
        assertThat(wholeTableReads(List.of("Seq Scan on delegation_visit v  (cost=0.00..1.04 rows=20 width=8)"), true))
                .hasSize(1);
    }

    private static final Pattern SEQUENTIAL_SCAN = Pattern.compile("Seq Scan on (\\w+)");

    private static final Pattern INDEX_SCAN = Pattern.compile("Index (?:Only )?Scan (?:Backward )?using \\w+ on (\\w+)");

    /**
     * The plan's reads of a whole large table: sequential scans, and index scans without an index condition,
     * which read the whole index (the planner's way round {@code enable_seqscan = off}: the partners list read
     * all dossiers along their primary key for {@code ids @> array[partner_id]}). An index read under a
     * {@code Limit} stops early (the visits list reads along its start-date index), so it is not one; nor is
     * one in a list's {@code total}: with no filter, the total of a list counts every row.
     */
    static List<String> wholeTableReads(List<String> plan, boolean total) {
        List<String> reads = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            String line = plan.get(i);
            Matcher sequential = SEQUENTIAL_SCAN.matcher(line);
            if (sequential.find() && LARGE_TABLES.contains(sequential.group(1))) {
                reads.add(line.strip());
            }
            Matcher index = INDEX_SCAN.matcher(line);
            if (!total && index.find() && LARGE_TABLES.contains(index.group(1)) && !hasIndexCondition(plan, i)
                    && !underLimit(plan, i)) {
                reads.add(line.strip());
            }
        }
        return reads;
    }

    /** Whether the plan node on line {@code node} has an index condition among its detail lines. */
    private static boolean hasIndexCondition(List<String> plan, int node) {
        for (int i = node + 1; i < plan.size() && !plan.get(i).contains("->"); i++) {
            if (plan.get(i).strip().startsWith("Index Cond:")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a {@code Limit} node is among the ancestors of the plan node on line {@code node}. */
    private static boolean underLimit(List<String> plan, int node) {
        int indent = nodeIndent(plan.get(node));
        for (int i = node - 1; i >= 0; i--) {
            String line = plan.get(i);
            int lineIndent = nodeIndent(line);
            if (lineIndent >= 0 && lineIndent < indent) {
                if (line.strip().replaceFirst("^-> *", "").startsWith("Limit")) {
                    return true;
                }
                indent = lineIndent;
            }
        }
        return false;
    }

    /** The indentation of a plan node's line ({@code ->} or the root), -1 for a detail line. */
    private static int nodeIndent(String line) {
        int arrow = line.indexOf("->");
        if (arrow >= 0 && line.substring(0, arrow).isBlank()) {
            return arrow;
        }
        return Character.isWhitespace(line.charAt(0)) ? -1 : 0;
    }

    private static final Set<String> LARGE_TABLES = Set.of("delegation_visit", "visit_member", "programme_item",
            "large_event", "large_event_partner", "large_event_staff", "partner_note", "partner_contact", "agreement",
            "agreement_event", "assignment", "dossier", "revision", "delegation_visit_aud", "assignment_aud",
            "dossier_aud", "partner_note_aud", "reassignment");

    private List<String> explain(StatementCounter.Recorded query) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement explain = connection.prepareStatement("explain " + query.sql())) {
            for (StatementCounter.Binding binding : query.bindings()) {
                binding.method().invoke(explain, binding.arguments());
            }
            List<String> plan = new ArrayList<>();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.add(rows.getString(1));
                }
            }
            return plan;
        }
        catch (Exception e) {
            throw new AssertionError("Could not explain " + query.sql(), e);
        }
        finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private long statementsFor(String url) {
        entityManager.clear();
        StatementCounter.reset();
        try {
            mvc.perform(get(url)).andExpect(status().isOk());
        }
        catch (Exception e) {
            throw new AssertionError(url, e);
        }
        return StatementCounter.count();
    }

    /** A fingerprint of what the generator wrote, independent of the identifiers it was given. */
    private String generatedThenRolledBack(long seed) {
        return inRolledBackTransaction(() -> {
            new DataGenerator(jdbc, seed).fill(SMALL);
            return jdbc.queryForObject("""
                    select md5(
                      (select string_agg(v.title || v.starts_on || v.status || coalesce(v.head_name, ''), '|'
                                         order by v.title, v.starts_on, v.status, v.head_name) from delegation_visit v)
                      || (select string_agg(m.name || m.precedence, '|' order by m.name, m.precedence) from visit_member m)
                      || (select string_agg(p.activity || p.day || p.starts_at, '|' order by p.activity, p.day, p.starts_at)
                            from programme_item p)
                      || (select string_agg(e.title_fr || e.starts_on, '|' order by e.title_fr, e.starts_on) from large_event e)
                      || (select string_agg(p.name_fr, '|' order by p.name_fr) from partner p)
                      || (select string_agg(s.first_name || s.last_name, '|' order by s.first_name, s.last_name)
                            from staff_member s)
                      || (select string_agg(n.summary || n.occurred_on, '|' order by n.summary, n.occurred_on)
                            from partner_note n))""", String.class);
        });
    }

    private <T> T inRolledBackTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            return work.get();
        });
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
