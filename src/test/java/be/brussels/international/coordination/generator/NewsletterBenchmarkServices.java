package be.brussels.international.coordination.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The newsletter's benchmark services (see {@code benchmark/newsletter.sh}): an embedded PostgreSQL with a
 * migrated database holding {@code N} confirmed subscribers and an approved edition, and an SMTP server
 * (GreenMail) that receives what the application sends. It writes {@code READY} (the edition's id) when both can
 * be used; then, each time the file {@code COUNT} is asked for (the script deletes it), it writes how many messages
 * arrived, for how many distinct recipients.
 *
 * <p>Arguments: the folder, the database port, the SMTP port, the number of subscribers.
 */
public final class NewsletterBenchmarkServices {

    private NewsletterBenchmarkServices() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int databasePort = Integer.parseInt(args[1]);
        int smtpPort = Integer.parseInt(args[2]);
        int subscribers = Integer.parseInt(args[3]);
        Files.createDirectories(folder);
        Files.deleteIfExists(folder.resolve("READY"));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(folder.resolve("postgres").toAbsolutePath()).setCleanDataDirectory(true)
                .setPort(databasePort).setServerConfig("timezone", "UTC").start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database newsletter encoding 'UTF8' template template0");
        }
        long edition;
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "newsletter"));
            dataSource.setUsername("postgres");
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.update("""
                    insert into subscriber (email, languages, status, consent_version, consented_at, confirmed_at)
                    select 'reader' || n || '@example.org',
                           (array['fr', 'nl', 'en', 'fr,nl', 'nl,en'])[1 + n % 5], 'CONFIRMED', '2026-12',
                           now(), now()
                    from generate_series(1, ?) n""", subscribers);
            edition = jdbc.queryForObject("""
                    insert into edition (number, audience, subject_fr, subject_nl, subject_en, status, approved_by,
                        approved_at, created_by, created_at)
                    values (1, 'GLOBE', 'La Région et le monde', 'Het Gewest en de wereld', 'The Region and the world',
                        'APPROVED', 'admin', now(), 'admin', now()) returning id""", Long.class);
            String body = "La Région a reçu **trois délégations** cette semaine. [Le programme](https://be.brussels)."
                    + "\n\n- Québec\n- Tokyo\n- Kinshasa\n\n" + "Un paragraphe de plus, pour la taille réelle. ".repeat(12);
            for (int position = 1; position <= 3; position++) {
                jdbc.update("""
                        insert into edition_article (edition_id, position, title_fr, title_nl, title_en, body_fr,
                            body_nl, body_en)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""", edition, position, "Article " + position,
                        "Artikel " + position, "Article " + position, body, body, body);
            }
            jdbc.execute("vacuum analyze");
        }
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Files.writeString(folder.resolve("READY"), Long.toString(edition));
        System.out.println("READY " + edition);
        Path count = folder.resolve("COUNT");
        while (true) {
            if (!Files.exists(count)) {
                MimeMessage[] received = smtp.getReceivedMessages();
                Set<String> recipients = Arrays.stream(received).map(NewsletterBenchmarkServices::recipient)
                        .collect(Collectors.toSet());
                Files.writeString(count, received.length + " " + recipients.size());
            }
            Thread.sleep(500);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            Address[] to = message.getRecipients(MimeMessage.RecipientType.TO);
            return to == null ? "" : to[0].toString();
        }
        catch (MessagingException e) {
            return "";
        }
    }
}
