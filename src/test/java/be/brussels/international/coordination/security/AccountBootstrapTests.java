package be.brussels.international.coordination.security;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import be.brussels.international.coordination.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Outside demo mode no demo password exists: the first start creates only {@code admin}, with the
 * configured password or a random one. Each test runs in a transaction that is rolled back.
 */
@IntegrationTest
@Transactional
class AccountBootstrapTests {

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aFreshInstallation() {
        jdbc.update("delete from user_account where username = 'admin'");
        jdbc.update("update user_account set password_hash = null");
    }

    @Test
    void theFirstStartCreatesAdminWithTheConfiguredPasswordAndNoOtherPassword() {
        new AccountBootstrap(accounts, encoder, false, "s3cret-from-env").run(null);

        String adminHash = jdbc.queryForObject("select password_hash from user_account where username = 'admin'",
                String.class);
        assertThat(encoder.matches("s3cret-from-env", adminHash)).isTrue();
        assertThat(encoder.matches("demo", adminHash)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from user_account where password_hash is not null",
                Integer.class)).isEqualTo(1);
        assertThatThrownBy(() -> users.loadUserByUsername("fvandernoot"))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void withoutAConfiguredPasswordAdminGetsARandomOne() {
        new AccountBootstrap(accounts, encoder, false, "").run(null);

        String adminHash = jdbc.queryForObject("select password_hash from user_account where username = 'admin'",
                String.class);
        assertThat(adminHash).startsWith("{bcrypt}");
        assertThat(encoder.matches("demo", adminHash)).isFalse();
        assertThat(encoder.matches("", adminHash)).isFalse();
    }

    /**
     * Two instances started together on an empty database: while one creates the first accounts (its transaction
     * open), the other cannot start doing so — it waits, then finds admin there.
     */
    @Test
    void anInstanceCreatingTheFirstAccountsKeepsTheOthersWaitingUntilItIsDone() throws Exception {
        new AccountBootstrap(accounts, encoder, false, "first").run(null);

        ExecutorService otherInstance = Executors.newSingleThreadExecutor();
        try {
            Boolean couldStart = otherInstance.submit(() -> jdbc.queryForObject(
                    "select pg_try_advisory_xact_lock(hashtext('coordination.account-bootstrap'))", Boolean.class))
                    .get(10, TimeUnit.SECONDS);
            assertThat(couldStart).as("another instance may not create accounts meanwhile").isFalse();
        }
        finally {
            otherInstance.shutdownNow();
        }
    }

    @Test
    void aLaterStartLeavesTheAdminPasswordAlone() {
        new AccountBootstrap(accounts, encoder, false, "first").run(null);
        new AccountBootstrap(accounts, encoder, false, "second").run(null);

        String adminHash = jdbc.queryForObject("select password_hash from user_account where username = 'admin'",
                String.class);
        assertThat(encoder.matches("first", adminHash)).isTrue();
    }

    @Test
    void demoModeGivesEveryAccountTheDemoPassword() {
        new AccountBootstrap(accounts, encoder, true, "").run(null);

        for (String hash : jdbc.queryForList("select password_hash from user_account", String.class)) {
            assertThat(encoder.matches("demo", hash)).isTrue();
        }
        assertThat(users.loadUserByUsername("admin").getAuthorities()).extracting("authority")
                .containsExactly("ROLE_ADMIN");
    }
}
