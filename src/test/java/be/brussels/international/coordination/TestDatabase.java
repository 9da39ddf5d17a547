package be.brussels.international.coordination;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The tests' PostgreSQL: the one named by TEST_DB_URL (with TEST_DB_USER, TEST_DB_PASSWORD) when set,
 * otherwise an embedded PostgreSQL 17 started once per test JVM on a fresh temporary directory. Never
 * the development data: the development run uses DB_URL or {@code .data/postgres}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    private static String url;

    private static String user;

    private static String password;

    @Bean
    DataSource dataSource() {
        HikariConfig config = new HikariConfig();
        connect();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        return new StatementCounter(new HikariDataSource(config));
    }

    private static synchronized void connect() {
        if (url != null) {
            return;
        }
        String configured = System.getenv("TEST_DB_URL");
        if (configured != null && !configured.isBlank()) {
            url = configured;
            user = System.getenv("TEST_DB_USER");
            password = System.getenv("TEST_DB_PASSWORD");
            return;
        }
        try {
            Path directory = Files.createTempDirectory("coordination-test-db");
            EmbeddedPostgres postgres = EmbeddedDatabase.start(directory, true);
            url = EmbeddedDatabase.createDatabaseIfMissing(postgres, "coordination_test");
            user = EmbeddedDatabase.USER;
            password = "";
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
