package be.brussels.international.coordination;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 started from the zonky binaries, for the tests and the development run only (test
 * scope: it never reaches the production jar).
 */
final class EmbeddedDatabase {

    static final String USER = "postgres";

    private EmbeddedDatabase() {
    }

    /** Starts PostgreSQL on this data directory (created on first use, kept otherwise unless clean). */
    static EmbeddedPostgres start(Path dataDirectory, boolean clean) {
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.toAbsolutePath())
                    .setCleanDataDirectory(clean)
                    .setServerConfig("timezone", "UTC")
                    .start();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** The JDBC URL of this database, created on the embedded server if it does not exist yet. */
    static String createDatabaseIfMissing(EmbeddedPostgres postgres, String database) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!exists.next()) {
                statement.execute("create database " + database + " encoding 'UTF8' template template0");
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + database, e);
        }
        return postgres.getJdbcUrl(USER, database);
    }
}
