package be.brussels.international.coordination.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import be.brussels.international.coordination.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counting behind the login throttle, in the database, on a clock the test moves; two throttles on the same
 * database stand for two instances of the application.
 */
@IntegrationTest
class LoginThrottleTests {

    @Autowired
    JdbcTemplate jdbc;

    private Instant now = Instant.parse("2026-11-29T09:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private LoginThrottle throttle;

    @BeforeEach
    @AfterEach
    void forget() {
        jdbc.update("delete from login_failure");
        throttle = new LoginThrottle(5, 20, 15, clock, jdbc);
    }

    @Test
    void aLockCountedByOneInstanceHoldsOnAnotherAndSurvivesARestart() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("pgerard", "10.0.0.9");
        }
        LoginThrottle otherInstance = new LoginThrottle(5, 20, 15, clock, jdbc);
        assertThat(otherInstance.minutesToWait("pgerard", "10.0.0.10")).isEqualTo(15);
        otherInstance.succeeded("pgerard");
        assertThat(throttle.minutesToWait("pgerard", "10.0.0.10")).as("a success anywhere clears it").isZero();
    }

    @Test
    void anAccountIsLockedAfterFiveFailuresInARowAndUnlockedFifteenMinutesLater() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("fvandernoot", "10.0.0.1");
        }
        assertThat(throttle.minutesToWait("fvandernoot", "10.0.0.2")).isZero();

        throttle.failed("FVanderNoot ", "10.0.0.2");

        assertThat(throttle.minutesToWait("fvandernoot", "10.0.0.3")).as("whatever the address").isEqualTo(15);
        assertThat(throttle.minutesToWait("pgerard", "10.0.0.3")).as("another account").isZero();
        now = now.plus(Duration.ofMinutes(14).plusSeconds(1));
        assertThat(throttle.minutesToWait("fvandernoot", "10.0.0.3")).isEqualTo(1);
        now = now.plus(Duration.ofMinutes(1));
        assertThat(throttle.minutesToWait("fvandernoot", "10.0.0.3")).isZero();
        throttle.failed("fvandernoot", "10.0.0.3");
        assertThat(throttle.minutesToWait("fvandernoot", "10.0.0.3")).as("counting starts again").isZero();
    }

    /** Anyone may type a name of any length at the login: it is counted, never an error. */
    @Test
    void aNameLongerThanAnyLoginIsCountedLikeAnother() {
        String long1 = "x".repeat(400);
        for (int i = 0; i < 5; i++) {
            throttle.failed(long1, "10.0.0.7");
        }
        assertThat(throttle.minutesToWait(long1, "10.0.0.8")).isEqualTo(15);
    }

    @Test
    void aSuccessfulLoginClearsItsAccountsCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("fvandernoot", "10.0.0.1");
        }
        throttle.succeeded("fvandernoot");
        throttle.failed("fvandernoot", "10.0.0.1");
        assertThat(throttle.minutesToWait("fvandernoot", "10.0.0.1")).isZero();
    }

    @Test
    void anAddressTryingManyAccountsIsLockedAfterTwentyFailures() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("user" + i, "192.0.2.7");
        }
        assertThat(throttle.minutesToWait("someone", "192.0.2.7")).isZero();
        throttle.failed("user19", "192.0.2.7");

        assertThat(throttle.minutesToWait("someone", "192.0.2.7")).isEqualTo(15);
        assertThat(throttle.minutesToWait("someone", "192.0.2.8")).as("another address").isZero();
    }

    @Test
    void failuresSpreadOverMoreThanTheLockDurationDoNotAddUp() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("fvandernoot", "10.0.0.1");
        }
        now = now.plus(Duration.ofMinutes(16));
        throttle.failed("fvandernoot", "10.0.0.1");
        assertThat(throttle.minutesToWait("fvandernoot", "10.0.0.1")).isZero();
    }

    @Test
    void noUsernameCountsOnlyAgainstTheAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.failed(null, "10.0.0.9");
            throttle.failed("  ", "10.0.0.9");
        }
        assertThat(throttle.minutesToWait(null, "10.0.0.1")).isZero();
        assertThat(throttle.minutesToWait("x", "10.0.0.9")).isZero();
    }
}
