package be.brussels.international.coordination.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure someone can log in after the first start.
 * <ul>
 * <li>Outside demo mode: creates {@code admin} once, with the password of {@code COORDINATION_ADMIN_PASSWORD},
 * or a random one written once to the log. No other account gets a password here.</li>
 * <li>In demo mode (the development run): every account, {@code admin} included, has the password {@code demo}.</li>
 * </ul>
 */
@Component
class AccountBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";

    static final String DEMO_PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final UserAccountRepository accounts;

    private final PasswordEncoder passwordEncoder;

    private final boolean demo;

    private final String adminPassword;

    AccountBootstrap(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
            @Value("${coordination.demo:false}") boolean demo,
            @Value("${COORDINATION_ADMIN_PASSWORD:}") String adminPassword) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.demo = demo;
        this.adminPassword = adminPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // Several instances may start at once: one at a time here, the next one finds admin created.
        accounts.waitForOtherInstancesBootstrap();
        if (demo) {
            if (!accounts.existsByUsername(ADMIN)) {
                accounts.save(new UserAccount(ADMIN, null, Role.ADMIN));
            }
            int updated = accounts.setEveryPassword(passwordEncoder.encode(DEMO_PASSWORD));
            log.warn("Demo mode: the {} accounts have the password '{}'. Never use demo mode with real data.",
                    updated, DEMO_PASSWORD);
            return;
        }
        if (accounts.existsByUsername(ADMIN)) {
            return;
        }
        boolean generated = adminPassword.isBlank();
        String password = generated ? randomPassword() : adminPassword;
        accounts.save(new UserAccount(ADMIN, passwordEncoder.encode(password), Role.ADMIN));
        if (generated) {
            log.warn("Created the account '{}' with the generated password: {}  (shown once; set "
                    + "COORDINATION_ADMIN_PASSWORD to choose it)", ADMIN, password);
        }
        else {
            log.info("Created the account '{}' with the password of COORDINATION_ADMIN_PASSWORD", ADMIN);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
