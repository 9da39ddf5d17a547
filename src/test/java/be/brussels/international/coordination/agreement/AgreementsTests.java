package be.brussels.international.coordination.agreement;

import java.time.LocalDate;

import be.brussels.international.coordination.IntegrationTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The register's rules: seed, life cycle, alerts (against fixed dates), row rights. Rolled back. */
@IntegrationTest
@Transactional
@WithMockUser(username = "fvandernoot", roles = "STAFF")
class AgreementsTests {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 15);

    @Autowired
    Agreements agreements;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    java.time.Clock clock;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void theSeedHasOneAgreementPerPartnerInForceWithEveryDateUnknown() {
        assertThat(jdbc.queryForObject("select count(*) from agreement", Integer.class)).isEqualTo(29);
        assertThat(jdbc.queryForObject("select count(distinct partner_id) from agreement where status = 'IN_FORCE'"
                + " and signed_on is null and in_force_on is null and expires_on is null", Integer.class))
                .isEqualTo(29);
        Agreement vienna = quebecLike("vienna");
        assertThat(vienna.alertsOn(DAY)).containsExactlyInAnyOrder(AgreementAlert.SIGNATURE_DATE_MISSING,
                AgreementAlert.ENTRY_INTO_FORCE_MISSING);
        assertThat(vienna.getDatesToComplete()).isEqualTo(4);
    }

    @Test
    void aHolderCompletesHerPartnersAgreementAndTheAlertsFollowTheDates() {
        Agreement prague = quebecLike("prague");
        agreements.update(prague.getId(), prague.getVersion(), details(LocalDate.of(2017, 7, 10),
                LocalDate.of(2017, 9, 1), LocalDate.of(2027, 7, 15), 3, LocalDate.of(2027, 1, 1)));
        Agreement completed = reload(prague.getId());

        assertThat(completed.getSignedOn()).isEqualTo(LocalDate.of(2017, 7, 10));
        assertThat(completed.alertsOn(DAY)).containsExactlyInAnyOrder(AgreementAlert.EXPIRES_SOON,
                AgreementAlert.NOTICE_DUE, AgreementAlert.REVIEW_PASSED);
        assertThat(completed.alertsOn(LocalDate.of(2026, 1, 10))).isEmpty();
        assertThat(completed.alertsOn(LocalDate.of(2027, 2, 1))).containsExactly(AgreementAlert.EXPIRES_SOON,
                AgreementAlert.REVIEW_PASSED);
    }

    @Test
    void datesOutOfOrderAreRefused() {
        Agreement prague = quebecLike("prague");
        assertThatThrownBy(() -> agreements.update(prague.getId(), prague.getVersion(),
                details(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1), null, null, null)))
                .isInstanceOf(AgreementRefused.class).extracting("messageKey")
                .isEqualTo("agreement.refused.inForceBeforeSignature");
        assertThatThrownBy(() -> agreements.update(prague.getId(), prague.getVersion(),
                details(LocalDate.of(2020, 1, 1), null, LocalDate.of(2019, 1, 1), null, null)))
                .isInstanceOf(AgreementRefused.class).extracting("messageKey")
                .isEqualTo("agreement.refused.expiryBeforeStart");
    }

    @Test
    void theLifeOfAnAgreementFollowsItsStatusesAndIsKept() {
        Agreement prague = quebecLike("prague");
        agreements.changeStatus(prague.getId(), prague.getVersion(), AgreementStatus.SUSPENDED,
                LocalDate.of(2026, 6, 1), "Suspension temporaire");
        agreements.record(prague.getId(), version(prague), AgreementEventKind.AMENDED, null, "Avenant n° 1");
        assertThatThrownBy(() -> agreements.changeStatus(prague.getId(), version(prague), AgreementStatus.SIGNED,
                null, null)).isInstanceOf(AgreementRefused.class).extracting("messageKey")
                .isEqualTo("agreement.refused.transition");

        Agreement reloaded = reload(prague.getId());
        assertThat(reloaded.getStatus()).isEqualTo(AgreementStatus.SUSPENDED);
        // By date, latest first; the steps of unknown date after them, latest recorded first.
        assertThat(reloaded.getEvents()).extracting(AgreementEvent::getKind).containsExactly(AgreementEventKind.STATUS,
                AgreementEventKind.AMENDED, AgreementEventKind.STATUS);
    }

    @Test
    void aStaffMemberCannotChangeAnotherHoldersPartner() {
        Agreement sofia = quebecLike("sofia");
        assertThatThrownBy(() -> agreements.update(sofia.getId(), sofia.getVersion(),
                details(LocalDate.of(2020, 1, 1), null, null, null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agreements.create("sofia", details(null, null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "gclerckx", roles = "COORDINATOR")
    void theCoordinatorChangesEveryPartnersAgreements() {
        Agreement sofia = quebecLike("sofia");
        agreements.update(sofia.getId(), sofia.getVersion(), details(LocalDate.of(2020, 1, 1), null, null, null, null));
        long amendment = agreements.create("sofia", new AgreementDetails(AgreementKind.AMENDMENT, "Avenant",
                "Aanhangsel", "Amendment", sofia.getId(), null, null, null, null, null, null, null, null, null, null,
                null));
        assertThat(reload(amendment).getParent().getId()).isEqualTo(sofia.getId());
        assertThat(reload(amendment).getStatus()).isEqualTo(AgreementStatus.IN_NEGOTIATION);
    }

    /** An agreement recorded with its dates starts where they put it: signed that day, in force from that day. */
    @Test
    @WithMockUser(username = "gclerckx", roles = "COORDINATOR")
    void anAgreementRecordedWithItsDatesStartsSignedOrInForce() {
        LocalDate today = LocalDate.now(clock);
        long inForce = agreements.create("sofia", details(today.minusDays(30), today.minusDays(10), null, null, null));
        long signed = agreements.create("sofia", details(today.minusDays(5), today.plusMonths(1), null, null, null));
        long negotiated = agreements.create("sofia", details(null, null, null, null, null));

        assertThat(reload(inForce).getStatus()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(reload(inForce).getEvents()).extracting(AgreementEvent::getStatus, AgreementEvent::getOccurredOn)
                .containsExactly(tuple(AgreementStatus.IN_FORCE, today.minusDays(10)),
                        tuple(AgreementStatus.SIGNED, today.minusDays(30)),
                        tuple(AgreementStatus.IN_NEGOTIATION, null));
        assertThat(reload(signed).getStatus()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(reload(negotiated).getStatus()).isEqualTo(AgreementStatus.IN_NEGOTIATION);
        // Its entry into force recorded later without a date takes the record's own.
        Agreement later = reload(signed);
        agreements.changeStatus(signed, later.getVersion(), AgreementStatus.IN_FORCE, null, null);
        assertThat(reload(signed).getEvents()).first().extracting(AgreementEvent::getOccurredOn)
                .isEqualTo(today.plusMonths(1));
    }

    @Test
    void theListFiltersByStatusPartnerAndExpiry() {
        assertThat(agreements.search(AgreementStatus.IN_FORCE, null, null, PageRequest.of(0, 50)).getTotalElements())
                .isEqualTo(29);
        assertThat(agreements.search(null, "quebec", null, PageRequest.of(0, 50)).getContent())
                .extracting(a -> a.getPartner().getSlug()).containsExactly("quebec");
        assertThat(agreements.search(null, null, 6, PageRequest.of(0, 50))).isEmpty();
    }

    private Agreement quebecLike(String slug) {
        return agreements.search(null, slug, null, PageRequest.of(0, 1)).getContent().get(0);
    }

    private long version(Agreement agreement) {
        entityManager.flush();
        return jdbc.queryForObject("select version from agreement where id = ?", Long.class, agreement.getId());
    }

    private Agreement reload(long id) {
        entityManager.flush();
        entityManager.clear();
        return agreements.find(id).orElseThrow();
    }

    private static AgreementDetails details(LocalDate signed, LocalDate inForce, LocalDate expires, Integer notice,
            LocalDate review) {
        return new AgreementDetails(AgreementKind.COOPERATION_AGREEMENT, "Accord", "Akkoord", "Agreement", null,
                "Le Ministre-Président", signed, "Prague", inForce, expires, false, null, notice, review, null, null);
    }
}
