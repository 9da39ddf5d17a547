package be.brussels.international.coordination.cooperation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import be.brussels.international.coordination.IntegrationTest;
import be.brussels.international.coordination.shared.LocalizedText;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Calls for projects: status rules, exact budget arithmetic, the coordinator's override, rights. Rolled back. */
@IntegrationTest
@Transactional
@WithMockUser(username = "cteclu", roles = "STAFF")
class CallsTests {

    @Autowired
    Calls calls;

    @Autowired
    JdbcTemplate jdbc;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void theBudgetIsCommittedExactlyToTheCent() {
        long id = openCall("100000.00");
        long a = apply(id, "45000.10");
        long b = apply(id, "37000.00");
        long c = apply(id, "30000.00");
        for (long application : new long[] { a, b, c }) {
            calls.decide(id, version(id), application, ApplicationStatus.ELIGIBLE);
        }
        calls.grant(id, version(id), a, new BigDecimal("45000.10"), false);
        calls.grant(id, version(id), b, new BigDecimal("36999.95"), false);

        CallForProjects call = reload(id);
        assertThat(call.getCommitted()).isEqualByComparingTo("82000.05");
        assertThat(call.getAvailable()).isEqualByComparingTo("17999.95");
        assertThat(call.getCommittedPercent()).isEqualTo(82);
        assertRefused(() -> calls.grant(id, version(id), c, new BigDecimal("17999.96"), false),
                "cooperation.refused.overBudget");
        assertThatThrownBy(() -> calls.grant(id, version(id), c, new BigDecimal("20000"), true))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "gclerckx", roles = "COORDINATOR")
    void onlyTheCoordinatorGrantsBeyondTheBudgetAndItIsRecorded() {
        long id = openCall("1000.00");
        long a = apply(id, "1500.00");
        calls.decide(id, version(id), a, ApplicationStatus.ELIGIBLE);
        calls.grant(id, version(id), a, new BigDecimal("1200.00"), true);
        entityManager.flush();
        assertThat(jdbc.queryForObject("select budget_override_by from project_application where id = ?", String.class, a))
                .isEqualTo("gclerckx");
        assertThat(reload(id).getAvailable()).isEqualByComparingTo("-200.00");
    }

    @Test
    void theRulesOfAmountsStatusesAndDatesAreEnforced() {
        assertRefused(() -> calls.create(title(), 2027, null, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 1),
                new BigDecimal("1000"), Set.of()), "cooperation.refused.deadlineBeforeOpening");
        long draft = calls.create(title(), 2027, null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1),
                new BigDecimal("1000"), Set.of("chennai"));
        assertRefused(() -> calls.receive(draft, version(draft), "chennai", "ONG", "Projet", new BigDecimal("10"),
                null, null), "cooperation.refused.callNotOpen");
        calls.advance(draft, version(draft));
        long a = apply(draft, "500.00");
        assertRefused(() -> calls.grant(draft, version(draft), a, new BigDecimal("100"), false),
                "cooperation.refused.transition");
        calls.decide(draft, version(draft), a, ApplicationStatus.ELIGIBLE);
        assertRefused(() -> calls.grant(draft, version(draft), a, new BigDecimal("500.01"), false),
                "cooperation.refused.aboveRequest");
        assertRefused(() -> calls.evaluate(draft, version(draft), a, new BigDecimal("101"), null),
                "cooperation.refused.score");
        // Never rounded silently to the column's two decimals.
        assertRefused(() -> calls.evaluate(draft, version(draft), a, new BigDecimal("12.345"), null),
                "cooperation.refused.score");
        assertRefused(() -> calls.evaluate(draft, version(draft), a, new BigDecimal("0.001"), null),
                "cooperation.refused.score");
        // Nothing typed is no evaluation; once there is one, clearing it is allowed.
        assertRefused(() -> calls.evaluate(draft, version(draft), a, null, null), "cooperation.refused.evaluationEmpty");
        calls.evaluate(draft, version(draft), a, new BigDecimal("12.340"), null);
        calls.evaluate(draft, version(draft), a, null, null);
        calls.evaluate(draft, version(draft), a, new BigDecimal("12.340"), null);
        assertRefused(() -> calls.receive(draft, version(draft), "chennai", "ONG", "Projet", new BigDecimal("-1"),
                null, null), "cooperation.refused.amount");
    }

    @Test
    @WithMockUser(username = "pgerard", roles = "STAFF")
    void staffOutsideDevelopmentCooperationReadButDoNotRecord() {
        assertThat(calls.canEdit()).isFalse();
        assertThatThrownBy(() -> calls.create(title(), 2027, null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1),
                new BigDecimal("1000"), Set.of())).isInstanceOf(AccessDeniedException.class);
    }

    private long openCall(String budget) {
        long id = calls.create(title(), 2027, "Eau et assainissement", LocalDate.of(2027, 1, 15),
                LocalDate.of(2027, 3, 31), new BigDecimal(budget), Set.of("chennai", "rabat-sale-kenitra"));
        calls.advance(id, version(id));
        return id;
    }

    private long apply(long call, String requested) {
        calls.receive(call, version(call), "chennai", "ONG Eau pour tous", "Puits à Chennai", new BigDecimal(requested),
                LocalDate.of(2027, 6, 1), LocalDate.of(2028, 5, 31));
        entityManager.flush();
        return jdbc.queryForObject("select max(id) from project_application where call_id = ?", Long.class, call);
    }

    private long version(long id) {
        entityManager.flush();
        return jdbc.queryForObject("select version from call_for_projects where id = ?", Long.class, id);
    }

    private CallForProjects reload(long id) {
        entityManager.flush();
        entityManager.clear();
        return calls.find(id).orElseThrow();
    }

    private void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(CooperationRefused.class).extracting("messageKey").isEqualTo(key);
    }

    private static LocalizedText title() {
        return new LocalizedText("Appel à projets 2027", "Projectoproep 2027", "Call for projects 2027");
    }
}
