package be.brussels.international.coordination.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import be.brussels.international.coordination.CommittedChanges;
import be.brussels.international.coordination.Exports;
import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import be.brussels.international.coordination.dossier.Reassignments.Decision;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What only shows when transactions commit: the audit trail (Envers writes at commit) and two coordinators
 * deciding at the same time. The committed changes are removed after each test.
 */
@IntegrationTest
class CommittedReassignmentTests {

    @Autowired
    Reassignments reassignments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    CommittedChanges committed;

    @BeforeEach
    void mark() {
        committed = CommittedChanges.mark(jdbc);
    }

    @AfterEach
    void restore() {
        committed.undo();
    }

    /** An undone reassignment's history says the holder keeps the dossier, not that they hold it « from » then. */
    @Test
    @WithMockUser(username = "gclerckx", roles = "COORDINATOR")
    void anUndoneReassignmentsHistorySaysTheHolderKeepsTheDossier() throws Exception {
        LocalDate on = LocalDate.now(clock).plusDays(7);
        reassignments.decide(new Decision("sofia", version(), ReassignmentKind.REPLACE, "pgerard", "fvandernoot", on,
                false, "Rééquilibrage"));
        reassignments.undoLatest("sofia", version(), "Erreur de date");

        List<String> lines = Html.texts(Html.parse(mvc.perform(get("/dossiers/sofia/history").param("lang", "en"))),
                "#changes tbody td:nth-child(3)");
        assertThat(lines).contains("Pierre Gérard keeps “Sofia”: the decision that ended it on " + english(on)
                + " is undone. Reason: Erreur de date");
        assertThat(lines).noneMatch(line -> line.startsWith("Pierre Gérard holds"));
    }

    @Test
    @WithMockUser(username = "gclerckx", roles = "COORDINATOR")
    void aReassignmentLeavesAuditRowsSignedByTheCoordinator() throws Exception {
        LocalDate on = LocalDate.now(clock).plusDays(7);
        reassignments.decide(new Decision("sofia", version(), ReassignmentKind.REPLACE, "pgerard", "fvandernoot", on,
                false, "Rééquilibrage"));

        assertThat(jdbc.queryForList("""
                select a.revtype || ' ' || s.username || ' ' || coalesce(a.valid_to::text, '-') || ' ' || r.username
                from assignment_aud a join revision r on r.id = a.rev join staff_member s on s.id = a.staff_member_id
                where r.id > ? order by a.revtype, s.username""", String.class, committed.revision()))
                .containsExactly("0 fvandernoot - gclerckx", "1 pgerard " + on + " gclerckx");
        assertThat(jdbc.queryForList("""
                select x.kind || ' ' || x.reason || ' ' || r.username from reassignment_aud x
                join revision r on r.id = x.rev where r.id > ?""", String.class, committed.revision()))
                .containsExactly("REPLACE Rééquilibrage gclerckx");
        assertThat(jdbc.queryForObject("select count(distinct rev) from assignment_aud where rev > ?", Integer.class,
                committed.revision())).as("one revision per transaction").isEqualTo(1);

        Document history = Html.parse(mvc.perform(get("/dossiers/sofia/history").param("lang", "en")));
        List<String> lines = Html.texts(history, "#changes tbody td:nth-child(3)");
        assertThat(lines).contains("Florence Vandernoot holds “Sofia” from " + english(on) + ". Reason: Rééquilibrage",
                "Pierre Gérard no longer holds “Sofia” from " + english(on) + ".");
        // The decision's lines, and the dossier as the reference data created it (the baseline of its history).
        assertThat(Html.texts(history, "#changes tbody td:nth-child(2)")).containsOnly("Geoffroy Clerckx",
                "Reference data");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Dossier “Sofia” created.");
        Document staffHistory = Html.parse(mvc.perform(get("/staff/fvandernoot/history")));
        assertThat(Html.text(staffHistory, "#changes")).contains("Florence Vandernoot détient « Sofia »");
        Document partnerHistory = Html.parse(mvc.perform(get("/partners/sofia/history")));
        // The decision's three lines, then the partner and its dossier as the reference data created them.
        assertThat(partnerHistory.select("#changes tbody tr")).hasSize(5);
        assertThat(Html.texts(partnerHistory, "#changes tbody td:nth-child(3)").subList(3, 5))
                .containsExactlyInAnyOrder("Partenaire « Sofia » créé.", "Dossier « Sofia » créé.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/partners/sofia/history", "/dossiers/sofia/history", "/staff/fvandernoot/history"})
    @WithMockUser(username = "gclerckx", roles = "COORDINATOR")
    void aHistoryExportsEveryChangeAsThePageTellsIt(String history) throws Exception {
        reassignments.decide(new Decision("sofia", version(), ReassignmentKind.REPLACE, "pgerard", "fvandernoot",
                LocalDate.now(clock).plusDays(7), false, "Rééquilibrage « été »; suite"));

        Document page = Html.parse(mvc.perform(get(history + "?size=1000&lang=nl")));
        List<String> shown = Html.texts(page, "#changes tbody td:nth-of-type(3)");
        assertThat(shown).isNotEmpty().anySatisfy(line -> assertThat(line).contains("Rééquilibrage « été »; suite"));
        assertThat(page.select("a.export-csv").attr("href")).isEqualTo(history + "?size=1000&export=csv");

        List<CSVRecord> rows = Exports.csv(mvc, get(history).param("lang", "nl"));
        assertThat(rows.get(0).toList()).containsExactly("Wanneer", "Wie", "Wat");
        assertThat(rows.subList(1, rows.size()).stream().map(row -> row.get(2)).toList())
                .containsExactlyElementsOf(shown);
        assertThat(rows.get(1).get(0)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(rows.get(1).get(1)).as("who, by name as the page shows").isEqualTo("Geoffroy Clerckx");
        try (XSSFWorkbook workbook = Exports.xlsx(mvc, get(history))) {
            Cell when = workbook.getSheetAt(0).getRow(1).getCell(0);
            assertThat(DateUtil.isCellDateFormatted(when)).isTrue();
            assertThat(when.getLocalDateTimeCellValue().toString().replace('T', ' ')).startsWith(rows.get(1).get(0));
        }
    }

    @Test
    void twoCoordinatorsReassigningTheSameDossierAtOnceCannotBothSucceed() throws Exception {
        long seen = version();
        int assignmentsBefore = count("assignment");
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (String successor : List.of("fvandernoot", "dverheyden")) {
            outcomes.add(threads.submit(asCoordinator(() -> {
                together.await(10, TimeUnit.SECONDS);
                try {
                    reassignments.decide(new Decision("sofia", seen, ReassignmentKind.REPLACE, "pgerard", successor,
                            LocalDate.now(clock).plusDays(1), false, "En même temps"));
                    return "saved";
                }
                catch (ObjectOptimisticLockingFailureException conflict) {
                    return "conflict";
                }
            })));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(30, TimeUnit.SECONDS));
        }
        threads.shutdown();

        assertThat(results).containsExactlyInAnyOrder("saved", "conflict");
        assertThat(count("assignment")).as("one new assignment, nothing duplicated").isEqualTo(assignmentsBefore + 1);
        assertThat(jdbc.queryForObject("""
                select count(*) from assignment a join dossier d on d.id = a.dossier_id
                where d.code = 'sofia' and a.valid_to is null and a.annulled_by_id is null""", Integer.class))
                .isEqualTo(1);
        assertThat(version()).isEqualTo(seen + 1);
    }

    @Test
    void theDatabaseRefusesOverlappingPeriodsOfOnePersonOnOneDossier() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("""
                insert into assignment (dossier_id, staff_member_id, valid_from, decided_by, reason)
                select d.id, s.id, date '2027-01-01', 'test', 'overlap' from dossier d, staff_member s
                where d.code = 'sofia' and s.username = 'pgerard'"""))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
                .hasMessageContaining("assignment_no_overlap");
    }

    private static <T> Callable<T> asCoordinator(Callable<T> work) {
        return () -> {
            SecurityContextHolder.getContext()
                    .setAuthentication(new TestingAuthenticationToken("gclerckx", null, "ROLE_COORDINATOR"));
            try {
                return work.call();
            }
            finally {
                SecurityContextHolder.clearContext();
            }
        };
    }

    private long version() {
        return jdbc.queryForObject("select version from dossier where code = 'sofia'", Long.class);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private static String english(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH));
    }
}
