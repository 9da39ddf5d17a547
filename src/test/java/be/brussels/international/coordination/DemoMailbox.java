package be.brussels.international.coordination;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * The development run's mail: a local SMTP server (GreenMail, on a free port of 127.0.0.1) receives everything the
 * application sends — the newsletter, one-time links, notifications — and nothing leaves the machine. Each message
 * is written to {@code .data/mail/} as an {@code .eml} file (any mail program opens it; it is text), within a
 * second of being sent.
 */
final class DemoMailbox {

    static final Path DIRECTORY = Path.of(".data", "mail");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private DemoMailbox() {
    }

    /** Starts the server and its writer; the SMTP port the application is to use. */
    static int start() {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            Files.createDirectories(DIRECTORY);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicInteger written = new AtomicInteger();
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "demo-mailbox");
            thread.setDaemon(true);
            return thread;
        });
        writer.scheduleWithFixedDelay(() -> {
            try {
                MimeMessage[] received = smtp.getReceivedMessages();
                if (received.length == 0) {
                    return;
                }
                smtp.purgeEmailFromAllMailboxes();
                for (MimeMessage message : received) {
                    Path file = DIRECTORY.resolve(LocalDateTime.now().format(STAMP) + "-"
                            + String.format("%05d", written.incrementAndGet()) + ".eml");
                    try (OutputStream out = Files.newOutputStream(file)) {
                        message.writeTo(out);
                    }
                }
            }
            catch (Exception e) {
                System.err.println("Demo mailbox: " + e);
            }
        }, 1, 1, TimeUnit.SECONDS);
        Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop));
        return smtp.getSmtp().getPort();
    }
}
