package be.brussels.international.coordination;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The tests' PostgreSQL: the one named by TEST_DB_URL (with TEST_DB_USER, TEST_DB_PASSWORD) when set,
 * otherwise an embedded PostgreSQL 17 started once per test JVM on a fresh temporary directory. Never
 * the development data: the development run uses DB_URL or {@code .data/postgres}.
 *
 * <p>A test that must not depend on what the tests before it left in that database (its rows, its dead rows,
 * when autovacuum last ran: all of which move the planner's choices) runs its work
 * {@link #inPristineDatabase in a database of its own}, freshly migrated on the same server.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    private static String url;

    private static String user;

    private static String password;

    private static EmbeddedPostgres embedded;

    /** The database of the current thread's work when it is not the shared one. */
    private static final ThreadLocal<DataSource> PRISTINE = new ThreadLocal<>();

    @Bean
    DataSource dataSource() {
        connect();
        HikariDataSource shared = pool(url, 8);
        DataSource routed = new DelegatingDataSource(shared) {
            @Override
            protected DataSource obtainTargetDataSource() {
                DataSource pristine = PRISTINE.get();
                return pristine != null ? pristine : shared;
            }
        };
        return new StatementCounter(routed);
    }

    /** Where the tests' database is, for an application started beside the tests' own (MultipleInstancesTests). */
    public record Location(String url, String user, String password) {
    }

    public static Location location() {
        connect();
        return new Location(url, user, password);
    }

    /**
     * Runs {@code work} with every connection of this thread (the application's included: pages requested
     * through MockMvc, repositories, JdbcTemplate) taken from a new database named {@code name}, created
     * empty on the tests' server, migrated by Flyway, and dropped afterwards. What it holds depends only on
     * what {@code work} writes: the same work gives the same tables, row for row and page for page.
     */
    public static void inPristineDatabase(String name, Runnable work) {
        connect();
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException(name);
        }
        String pristineUrl = recreate(name);
        try (HikariDataSource pristine = pool(pristineUrl, 4)) {
            Flyway.configure().dataSource(pristine).locations("classpath:db/migration").load().migrate();
            PRISTINE.set(pristine);
            try {
                work.run();
            }
            finally {
                PRISTINE.remove();
            }
        }
        finally {
            execute("drop database if exists " + name + " with (force)");
        }
    }

    private static String recreate(String name) {
        execute("drop database if exists " + name + " with (force)");
        execute("create database " + name + " encoding 'UTF8' template template0");
        // Statistics from every row (ANALYZE samples 300 rows per unit of target): the same data, the same plans.
        execute("alter database " + name + " set default_statistics_target = 1000");
        return embedded != null ? embedded.getJdbcUrl(EmbeddedDatabase.USER, name)
                : url.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]+", "$1" + name);
    }

    private static void execute(String sql) {
        try (HikariDataSource server = pool(url, 1); Connection connection = server.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not " + sql, e);
        }
    }

    private static HikariDataSource pool(String jdbcUrl, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        return new HikariDataSource(config);
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
            embedded = EmbeddedDatabase.start(directory, true);
            url = EmbeddedDatabase.createDatabaseIfMissing(embedded, "coordination_test");
            user = EmbeddedDatabase.USER;
            password = "";
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
