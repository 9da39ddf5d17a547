package be.brussels.international.coordination.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import be.brussels.international.coordination.IntegrationTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page reads only the agreements that may need attention (a bound the database computes): over many
 * made-up agreements around today, it must find exactly those that {@link Agreement#alertsOn} flags among all.
 */
@IntegrationTest
@Transactional
@WithMockUser(roles = "COORDINATOR")
class AttentionPrefilterTests {

    private static final String[] STATUSES = {"IN_NEGOTIATION", "SIGNED", "IN_FORCE", "SUSPENDED", "EXPIRED",
        "TERMINATED"};

    @Autowired
    Agreements agreements;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void theDatabaseBoundMissesNoAgreementThatNeedsAttention() {
        LocalDate today = LocalDate.now(clock);
        SplittableRandom random = new SplittableRandom(2026);
        for (int i = 0; i < 400; i++) {
            LocalDate signed = random.nextInt(5) == 0 ? null : today.minusDays(random.nextInt(3000));
            LocalDate inForce = signed == null || random.nextInt(5) == 0 ? null : signed.plusDays(random.nextInt(60));
            LocalDate start = inForce != null ? inForce : signed != null ? signed : today.minusYears(5);
            // Expiry anywhere from the past to years ahead, often near the month boundaries that clamp days.
            LocalDate expires = random.nextInt(6) == 0 ? null
                    : today.plusDays(random.nextInt(-400, 4000)).withDayOfMonth(random.nextBoolean() ? 1 : 28)
                            .plusDays(random.nextInt(4));
            if (expires != null && !expires.isAfter(start)) {
                expires = start.plusDays(1 + random.nextInt(30));
            }
            Integer notice = random.nextInt(3) == 0 ? null : random.nextInt(0, 121);
            LocalDate review = random.nextInt(4) == 0 ? today.plusDays(random.nextInt(-300, 300)) : null;
            jdbc.update("""
                    insert into agreement (partner_id, kind, title_fr, title_nl, title_en, signed_on, in_force_on,
                                           expires_on, notice_months, review_on, status)
                    select id, 'ARRANGEMENT', 'Arrangement', 'Regeling', 'Arrangement', ?, ?, ?, ?, ?, ?
                    from partner where slug = 'sofia'""", signed, inForce, expires, notice, review,
                    STATUSES[random.nextInt(STATUSES.length)]);
        }
        entityManager.flush();
        entityManager.clear();

        Set<Long> flagged = agreements.needingAttention(null).stream().map(a -> a.agreement().getId())
                .collect(Collectors.toSet());
        List<Agreement> all = entityManager.createQuery("select a from Agreement a", Agreement.class).getResultList();
        Set<Long> expected = all.stream().filter(a -> !a.alertsOn(today).isEmpty()).map(Agreement::getId)
                .collect(Collectors.toSet());

        assertThat(expected).hasSizeGreaterThan(50);
        assertThat(flagged).isEqualTo(expected);

        // The reader's partners only: a query of its own (V20's index, read partner by partner).
        long sofia = jdbc.queryForObject("select id from partner where slug = 'sofia'", Long.class);
        Set<Long> flaggedOfSofia = agreements.needingAttention(List.of(sofia)).stream()
                .map(a -> a.agreement().getId()).collect(Collectors.toSet());
        assertThat(flaggedOfSofia).hasSizeGreaterThan(50).isEqualTo(all.stream()
                .filter(a -> a.getPartner().getId() == sofia && !a.alertsOn(today).isEmpty()).map(Agreement::getId)
                .collect(Collectors.toSet()));
        assertThat(agreements.needingAttention(List.of())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from agreement where attention_from is not null", Long.class))
                .isPositive();
    }
}
