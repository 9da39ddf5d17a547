package be.brussels.international.coordination.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import be.brussels.international.coordination.IntegrationTest;
import be.brussels.international.coordination.dossier.Reassignments.Decision;
import be.brussels.international.coordination.dossier.Reassignments.Handover;
import be.brussels.international.coordination.dossier.Reassignments.Transfer;
import be.brussels.international.coordination.staff.StaffDirectory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of reassignment, on the real database; each test is rolled back. */
@IntegrationTest
@Transactional
@WithMockUser(username = "gclerckx", roles = "COORDINATOR")
@org.springframework.test.context.event.RecordApplicationEvents
class ReassignmentsTests {

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    @Autowired
    Reassignments reassignments;

    @Autowired
    DossierQueries queries;

    @Autowired
    StaffDirectory staff;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void replacingAHolderEndsOneAssignmentAndStartsAnotherWithTheDecision() {
        LocalDate on = today().plusDays(3);
        Reassignment decision = reassignments.decide(new Decision("sofia", version("sofia"), ReassignmentKind.REPLACE,
                "pgerard", "fvandernoot", on, false, "Rééquilibrage des portefeuilles"));

        assertThat(decision.getDecidedBy()).isEqualTo("gclerckx");
        assertThat(rows("sofia")).containsExactly(
                "pgerard " + seedDay() + ".." + on + " started:null ended:REPLACE",
                "fvandernoot " + on + "..null started:REPLACE ended:null");
        assertThat(holdersToday("sofia")).containsExactly("pgerard");
        assertThat(queries.currentHoldingsOf(dossier("sofia"))).extracting(a -> a.getStaffMember().getUsername())
                .containsExactlyInAnyOrder("pgerard", "fvandernoot");
        assertThat(events.stream(HolderAssigned.class)).as("the new holder is told")
                .containsExactly(new HolderAssigned("fvandernoot", "sofia", dossier("sofia").getName(), on, "gclerckx",
                        "Rééquilibrage des portefeuilles"));
    }

    @Test
    void aReplacementOnTheFirstDayOfAnAssignmentAnnulsIt() {
        reassignments.decide(new Decision("sofia", version("sofia"), ReassignmentKind.REPLACE, "pgerard",
                "fvandernoot", seedDay(), false, "Erreur d’attribution"));
        entityManager.flush();

        assertThat(jdbc.queryForObject("""
                select count(*) from assignment a join staff_member s on s.id = a.staff_member_id
                join dossier d on d.id = a.dossier_id
                where d.code = 'sofia' and s.username = 'pgerard' and a.annulled_by_id is not null""", Integer.class))
                .isEqualTo(1);
        assertThat(holdersToday("sofia")).containsExactly("fvandernoot");
    }

    @Test
    void aCoHolderCanBeAddedAndRemoved() {
        reassignments.decide(new Decision("sofia", version("sofia"), ReassignmentKind.ADD, null, "dverheyden",
                today(), false, "Renfort"));
        assertThat(holdersToday("sofia")).containsExactlyInAnyOrder("pgerard", "dverheyden");

        reassignments.decide(new Decision("havana", version("havana"), ReassignmentKind.REMOVE, "fvandernoot", null,
                today().plusDays(1), false, "Havane reste à Daniël"));
        assertThat(lastKind("havana")).isEqualTo("REMOVE");
    }

    @Test
    void theLastHolderCannotBeRemovedUnlessTheDossierIsLeftVacantOnPurpose() {
        assertRefused(() -> reassignments.decide(new Decision("sofia", version("sofia"), ReassignmentKind.REMOVE,
                "pgerard", null, today().plusDays(1), false, "Départ")), "reassignment.refused.wouldBeVacant");

        reassignments.decide(new Decision("sofia", version("sofia"), ReassignmentKind.REMOVE, "pgerard", null,
                today().plusDays(1), true, "Départ"));
        assertThat(lastKind("sofia")).isEqualTo("VACATE");
        entityManager.flush();
        assertThat(jdbc.queryForObject("select vacant_since from dossier where code = 'sofia'", LocalDate.class))
                .isEqualTo(today().plusDays(1));
    }

    @Test
    void theRulesAreEnforcedWithAMessageKey() {
        assertRefused(() -> reassignments.decide(new Decision("sofia", version("sofia"), ReassignmentKind.REPLACE, "pgerard",
                "fvandernoot", today(), false, "  ")), "reassignment.refused.reason");
        assertRefused(() -> reassignments.decide(new Decision("sofia", version("sofia"), ReassignmentKind.REPLACE, "pgerard",
                "fvandernoot", seedDay().minusDays(1), false, "Trop tôt")), "reassignment.refused.beforeStart");
        assertRefused(() -> reassignments.decide(new Decision("sofia", version("sofia"), ReassignmentKind.REPLACE, "jmverdin",
                "fvandernoot", today(), false, "Pas titulaire")), "reassignment.refused.notHolder");
        assertRefused(() -> reassignments.decide(new Decision("havana", version("havana"), ReassignmentKind.ADD, null,
                "fvandernoot", today(), false, "Déjà là")), "reassignment.refused.alreadyHolder");
        assertRefused(() -> reassignments.decide(new Decision("sofia", version("sofia"), ReassignmentKind.ADD, null,
                "nobody", today(), false, "Inconnu")), "reassignment.refused.unknownPerson");
    }

    @Test
    void nobodyCanBeGivenADossierAfterLeaving() {
        staff.markLeft("swillaumez", today());
        assertRefused(() -> reassignments.decide(new Decision("sofia", version("sofia"), ReassignmentKind.REPLACE,
                "pgerard", "swillaumez", today(), false, "Départ")), "reassignment.refused.left");
    }

    @Test
    void theLatestDecisionCanBeUndoneAndTheUndoIsRecorded() {
        LocalDate on = today().plusDays(2);
        reassignments.decide(new Decision("sofia", version("sofia"), ReassignmentKind.REPLACE, "pgerard",
                "fvandernoot", on, false, "Erreur"));
        Reassignment undo = reassignments.undoLatest("sofia", version("sofia"), "Annulation de l’erreur");

        assertThat(undo.getKind()).isEqualTo(ReassignmentKind.UNDO);
        assertThat(rows("sofia")).containsExactly(
                "pgerard " + seedDay() + ".." + on + " started:null ended:REPLACE",
                "fvandernoot " + on + "..null started:REPLACE ended:null annulled:UNDO",
                "pgerard " + on + "..null started:UNDO ended:null");
        assertThat(queries.currentHoldingsOf(dossier("sofia"))).singleElement().satisfies(holding -> {
            assertThat(holding.getStaffMember().getUsername()).isEqualTo("pgerard");
            assertThat(holding.getValidFrom()).as("one period, as before the undone decision").isEqualTo(seedDay());
            assertThat(holding.getValidTo()).isNull();
        });
        assertRefused(() -> reassignments.undoLatest("sofia", version("sofia"), "Encore"),
                "reassignment.refused.nothingToUndo");
    }

    @Test
    void undoingAVacancyGivesTheDossierBackToItsHolder() {
        reassignments.decide(new Decision("sofia", version("sofia"), ReassignmentKind.REMOVE, "pgerard", null,
                today().plusDays(1), true, "Départ"));
        reassignments.undoLatest("sofia", version("sofia"), "Pierre reste");
        entityManager.flush();

        assertThat(jdbc.queryForObject("select vacant_since from dossier where code = 'sofia'", LocalDate.class))
                .isNull();
        assertThat(holdersToday("sofia")).containsExactly("pgerard");
    }

    @Test
    void aDecisionOnAStaleVersionIsAConflict() {
        long seen = version("sofia");
        reassignments.decide(new Decision("sofia", seen, ReassignmentKind.ADD, null, "dverheyden", today(), false,
                "Premier"));

        assertThatThrownBy(() -> reassignments.decide(new Decision("sofia", seen, ReassignmentKind.ADD, null,
                "jwillems", today(), false, "Second"))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void aWholePortfolioIsHandedOverAndTheHolderLeaves() {
        LocalDate on = today().plusDays(1);
        List<Reassignment> made = reassignments.handOver(new Handover("pgerard", on, "Départ de Pierre", true,
                List.of(new Transfer("sofia", version("sofia"), "fvandernoot"),
                        new Transfer("mazovia", version("mazovia"), null))), false);
        entityManager.flush();

        assertThat(made).extracting(Reassignment::getKind).containsExactly(ReassignmentKind.REPLACE,
                ReassignmentKind.VACATE);
        assertThat(jdbc.queryForObject("select left_on from staff_member where username = 'pgerard'", LocalDate.class))
                .isEqualTo(on);
        assertThat(jdbc.queryForObject("select enabled from user_account where username = 'pgerard'", Boolean.class))
                .isFalse();
        assertThat(staff.present()).extracting(m -> m.getUsername()).doesNotContain("pgerard");
        assertThat(jdbc.queryForObject("""
                select count(*) from assignment a join staff_member s on s.id = a.staff_member_id
                where s.username = 'pgerard'""", Integer.class)).as("history kept").isEqualTo(2);
    }

    @Test
    void aHandoverToACoHolderLeavesItWithThem() {
        reassignments.handOver(new Handover("fvandernoot", today().plusDays(1), "Recentrage", false,
                List.of(new Transfer("havana", version("havana"), "dverheyden"))), false);
        assertThat(lastKind("havana")).isEqualTo("REMOVE");
    }

    @Test
    void onlyWhatThePersonHoldsCanBeHandedOverAndTheyCannotLeaveWithDossiers() {
        assertRefused(() -> reassignments.handOver(new Handover("pgerard", today().plusDays(1), "Erreur", false,
                List.of(new Transfer("quebec", version("quebec"), "dverheyden"))), false),
                "reassignment.refused.notHolder");
        assertRefused(() -> reassignments.handOver(new Handover("pgerard", today().plusDays(1), "Départ", true,
                List.of(new Transfer("sofia", version("sofia"), "fvandernoot"))), false),
                "reassignment.refused.leavesWithDossiers");
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aDryRunChecksEverythingAndChangesNothing() {
        long before = jdbc.queryForObject("select count(*) from reassignment", Long.class);
        List<Reassignment> planned = reassignments.handOver(new Handover("pgerard", today().plusDays(1), "Simulation",
                true, List.of(new Transfer("sofia", version("sofia"), "fvandernoot"),
                        new Transfer("mazovia", version("mazovia"), "fvandernoot"))), true);

        assertThat(planned).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from reassignment", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select left_on from staff_member where username = 'pgerard'", LocalDate.class))
                .isNull();
        assertThat(holdersToday("sofia")).containsExactly("pgerard");
    }

    @Test
    void theWorkloadCountsDossiersByKindAndShowsThoseWithoutHolder() {
        Workload workload = reassignments.workload();
        Workload.PersonLoad clerckx = workload.people().stream()
                .filter(p -> p.member().getUsername().equals("gclerckx")).findFirst().orElseThrow();
        assertThat(clerckx.count(DossierKind.BILATERAL)).isEqualTo(5);
        assertThat(clerckx.count(DossierKind.THEMATIC)).isEqualTo(3);
        assertThat(clerckx.total()).isEqualTo(8);
        assertThat(workload.withoutHolder()).isEmpty();

        reassignments.decide(new Decision("sofia", version("sofia"), ReassignmentKind.REMOVE, "pgerard", null,
                seedDay(), true, "Vacance"));
        entityManager.flush();
        assertThat(reassignments.workload().withoutHolder()).extracting(Dossier::getCode).containsExactly("sofia");
    }

    @Test
    @WithMockUser(username = "pgerard", roles = "STAFF")
    void staffCannotReassign() {
        assertThatThrownBy(() -> reassignments.decide(new Decision("sofia", 0, ReassignmentKind.ADD, null,
                "pgerard", today(), false, "Moi"))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> reassignments.workload()).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "wvanwaeyenberge", roles = "PROTOCOL")
    void protocolCannotReassign() {
        assertThatThrownBy(() -> reassignments.undoLatest("sofia", 0, "Non"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(ReassignmentRefused.class)
                .extracting(e -> ((ReassignmentRefused) e).getMessageKey()).isEqualTo(messageKey);
    }

    /** Writes pending changes so that SQL sees them (when the test runs in a transaction). */
    private void flush() {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            entityManager.flush();
        }
    }

    private long version(String code) {
        flush();
        return jdbc.queryForObject("select version from dossier where code = ?", Long.class, code);
    }

    private Dossier dossier(String code) {
        return queries.findByCode(code).orElseThrow();
    }

    private List<String> holdersToday(String code) {
        flush();
        return jdbc.queryForList("""
                select s.username from assignment a join staff_member s on s.id = a.staff_member_id
                join dossier d on d.id = a.dossier_id where d.code = ? and a.annulled_by_id is null
                and a.valid_from <= ? and (a.valid_to is null or a.valid_to > ?) order by s.username""",
                String.class, code, today(), today());
    }

    private String lastKind(String code) {
        entityManager.flush();
        return jdbc.queryForObject("""
                select r.kind from reassignment r join dossier d on d.id = r.dossier_id where d.code = ?
                order by r.id desc limit 1""", String.class, code);
    }

    /** Each assignment of the dossier: who, period, the kinds of the decisions that started, ended, annulled it. */
    private List<String> rows(String code) {
        entityManager.flush();
        return jdbc.queryForList("""
                select s.username || ' ' || a.valid_from || '..' || coalesce(a.valid_to::text, 'null')
                       || ' started:' || coalesce(st.kind, 'null') || ' ended:' || coalesce(en.kind, 'null')
                       || coalesce(' annulled:' || an.kind, '')
                from assignment a join staff_member s on s.id = a.staff_member_id join dossier d on d.id = a.dossier_id
                left join reassignment st on st.id = a.started_by_id left join reassignment en on en.id = a.ended_by_id
                left join reassignment an on an.id = a.annulled_by_id
                where d.code = ? order by a.id""", String.class, code);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static LocalDate seedDay() {
        return LocalDate.of(2026, 11, 28);
    }
}
