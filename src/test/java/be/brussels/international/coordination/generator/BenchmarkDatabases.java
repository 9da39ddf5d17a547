package be.brussels.international.coordination.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's PostgreSQL (see {@code benchmark/run.sh}): an embedded PostgreSQL 17 on a fixed port with one
 * database per scale asked for ({@code scale1}, {@code scale10}...), migrated by Flyway and filled by the
 * {@link DataGenerator} with a fixed seed. It writes {@code READY} in its folder when the databases can be
 * used, and keeps running until it is stopped.
 *
 * <p>Arguments: the folder (default {@code target/benchmark}), the port (default 54329), then the scales
 * (default 1 and 10).
 */
public final class BenchmarkDatabases {

    static final long SEED = 20261129L;

    private BenchmarkDatabases() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/benchmark");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 54329;
        String[] scales = args.length > 2 ? java.util.Arrays.copyOfRange(args, 2, args.length) : new String[] {"1", "10"};
        Files.createDirectories(folder);
        Files.deleteIfExists(folder.resolve("READY"));
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(folder.resolve("postgres").toAbsolutePath()).setCleanDataDirectory(true).setPort(port)
                .setServerConfig("timezone", "UTC").setServerConfig("shared_buffers", "256MB");
        // PG_STAT_STATEMENTS=1: the time PostgreSQL spends in each statement, for finding where a page's goes
        // (select * from pg_stat_statements); off by default, it costs the measured pages a little.
        boolean statementStatistics = "1".equals(System.getenv("PG_STAT_STATEMENTS"));
        if (statementStatistics) {
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
        }
        EmbeddedPostgres postgres = builder.start();
        for (String scale : scales) {
            String database = "scale" + scale.replace('.', '_');
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create database " + database + " encoding 'UTF8' template template0");
            }
            try (HikariDataSource dataSource = new HikariDataSource()) {
                dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", database));
                dataSource.setUsername("postgres");
                Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
                if (statementStatistics) {
                    new JdbcTemplate(dataSource).execute("create extension pg_stat_statements");
                }
                long started = System.nanoTime();
                JdbcTemplate jdbc = new JdbcTemplate(dataSource);
                new DataGenerator(jdbc, SEED).fill(Double.parseDouble(scale));
                jdbc.execute("vacuum analyze");
                System.out.printf("%s filled in %d s: %s%n", database, (System.nanoTime() - started) / 1_000_000_000L,
                        jdbc.queryForList("""
                                select 'partners ' || (select count(*) from partner) || ', staff '
                                    || (select count(*) from staff_member) || ', dossiers ' || (select count(*) from dossier)
                                    || ', visits ' || (select count(*) from delegation_visit) || ', members '
                                    || (select count(*) from visit_member) || ', programme items '
                                    || (select count(*) from programme_item) || ', events '
                                    || (select count(*) from large_event) || ', agreements '
                                    || (select count(*) from agreement) || ', notes ' || (select count(*) from partner_note)
                                    || ', revisions ' || (select count(*) from revision)""", String.class).get(0));
            }
        }
        Files.writeString(folder.resolve("READY"), postgres.getJdbcUrl("postgres", "scale1"));
        System.out.println("READY");
        Thread.currentThread().join();
    }
}
