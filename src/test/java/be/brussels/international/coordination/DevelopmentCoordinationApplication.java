package be.brussels.international.coordination;

import java.nio.file.Path;

import be.brussels.international.coordination.demo.DemoData;
import org.springframework.boot.SpringApplication;

/**
 * The development run, {@code ./mvnw spring-boot:test-run}: demo mode (every login has the password
 * "demo") and, unless DB_URL names a PostgreSQL, an embedded PostgreSQL 17 whose data is kept in
 * {@code .data/postgres} (git-ignored) across restarts, filled at its first start with a fictional cell around
 * that day ({@link DemoData}). Delete that folder to start from scratch. The messages the application sends are
 * caught on the machine and written to {@code .data/mail/} ({@link DemoMailbox}).
 */
public class DevelopmentCoordinationApplication {

    static final Path DATA_DIRECTORY = Path.of(".data", "postgres");

    public static void main(String[] args) {
        String configured = System.getenv("DB_URL");
        if (configured == null || configured.isBlank()) {
            var postgres = EmbeddedDatabase.start(DATA_DIRECTORY, false);
            System.setProperty("spring.datasource.url",
                    EmbeddedDatabase.createDatabaseIfMissing(postgres, "coordination"));
            System.setProperty("spring.datasource.username", EmbeddedDatabase.USER);
            System.setProperty("spring.datasource.password", "");
        }
        // Mail stays on the machine: every message sent is written to .data/mail/ (DemoMailbox).
        System.setProperty("spring.mail.host", "127.0.0.1");
        System.setProperty("spring.mail.port", Integer.toString(DemoMailbox.start()));
        System.setProperty("coordination.mail.enabled", "true");
        System.setProperty("coordination.newsletter.rate", "6000");
        SpringApplication.from(CoordinationApplication::main).with(DemoData.class).withAdditionalProfiles("demo")
                .run(args);
    }
}
