package be.brussels.international.coordination.generator;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migrates the database named on the command line and fills it with generated data at a scale, plus an
 * uploaded agreement document, for the backup round trip ({@code bin/backup-roundtrip}).
 *
 * <pre>java … FillDatabase jdbc:postgresql://localhost:54331/source postgres "" 0.1</pre>
 */
public final class FillDatabase {

    private FillDatabase() {
    }

    public static void main(String[] args) {
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(args[0]);
            dataSource.setUsername(args[1]);
            dataSource.setPassword(args[2]);
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            new DataGenerator(jdbc, BenchmarkDatabases.SEED).fill(Double.parseDouble(args[3]));
            // A signed text, its bytes in their own table: a backup must bring them back too.
            byte[] pdf = "%PDF-1.4\n% the signed agreement\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Long document = jdbc.queryForObject("""
                    insert into agreement_document (agreement_id, label, file_name, media_type, size_bytes, sha256,
                        uploaded_by)
                    select min(id), 'Accord signé', 'accord.pdf', 'application/pdf', ?, encode(sha256(?), 'hex'), 'admin'
                    from agreement returning id""", Long.class, pdf.length, pdf);
            jdbc.update("insert into agreement_document_content (document_id, content) values (?, ?)", document, pdf);
            System.out.println("filled: " + jdbc.queryForObject(
                    "select count(*) from information_schema.tables where table_schema = 'public'", Long.class)
                    + " tables");
        }
    }
}
