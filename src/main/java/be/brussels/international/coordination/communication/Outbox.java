package be.brussels.international.coordination.communication;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.brussels.international.coordination.shared.OutgoingMail;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Empties the outbox: every second, starts the editions whose time has come, claims a batch of recipients
 * ({@code FOR UPDATE SKIP LOCKED}, then a lease: several instances never claim the same row), sends each message
 * and marks it sent at once. A stop lets the message in flight finish and gives the rest of the batch back; after a
 * crash, the batch's lease expires and another pass takes the rows not yet marked — only the one message in flight
 * at the moment of a crash can go twice. At most {@code coordination.newsletter.rate} messages a minute. A
 * recipient refused by the server is retried later, a bounded number of times, then marked failed with the reason;
 * when the server itself cannot be reached, nothing is counted against the recipients and the pass stops.
 */
@Component
class Outbox implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final JdbcTemplate jdbc;

    private final TransactionTemplate transactions;

    private final Editions editions;

    private final EditionRepository editionRows;

    private final EditionMail mail;

    private final OutgoingMail outgoing;

    private final Clock clock;

    private final boolean worker;

    private final int rate;

    private final int maxAttempts;

    private final Duration lease;

    private volatile boolean running;

    Outbox(JdbcTemplate jdbc, TransactionTemplate transactions, Editions editions, EditionRepository editionRows,
            EditionMail mail, OutgoingMail outgoing, Clock clock,
            @Value("${coordination.newsletter.worker:true}") boolean worker,
            @Value("${coordination.newsletter.rate:600}") int rate,
            @Value("${coordination.newsletter.max-attempts:3}") int maxAttempts,
            @Value("${coordination.newsletter.lease:PT5M}") Duration lease) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.editions = editions;
        this.editionRows = editionRows;
        this.mail = mail;
        this.outgoing = outgoing;
        this.clock = clock;
        this.worker = worker;
        this.rate = Math.max(1, rate);
        this.maxAttempts = Math.max(1, maxAttempts);
        this.lease = lease;
    }

    /** A recipient claimed for sending. */
    record Claimed(long id, long editionId, long subscriberId, String email, List<String> languages,
            boolean stillSubscribed) {
    }

    @Scheduled(fixedDelayString = "${coordination.newsletter.tick:PT1S}")
    void tick() {
        if (worker && isSending()) {
            pass(Math.max(1, rate / 60));
        }
    }

    /** True when messages can go out at all (mail configured and enabled). */
    boolean isSending() {
        return outgoing.isOn();
    }

    /** One pass: due editions started, at most {@code limit} messages sent, finished editions marked sent. */
    int pass(int limit) {
        // Most seconds there is nothing to do: one small query says so.
        if (!Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from edition where status in ('SCHEDULED', 'SENDING'))", Boolean.class))) {
            mail.forget();
            return 0;
        }
        transactions.executeWithoutResult(status -> editions.startDue());
        int sent = send(limit);
        transactions.executeWithoutResult(status -> editions.finishDone());
        return sent;
    }

    /** Sends at most {@code limit} messages; how many went. */
    int send(int limit) {
        return send(limit, outgoing.sender().orElse(null));
    }

    /** Sends at most {@code limit} messages through that sender; how many went. */
    int send(int limit, JavaMailSender sender) {
        if (sender == null || !running) {
            return 0;
        }
        List<Claimed> batch = claim(limit);
        Map<Long, Edition> shown = new HashMap<>();
        int sent = 0;
        try (SmtpConnection smtp = new SmtpConnection(sender)) {
            for (int i = 0; i < batch.size(); i++) {
                Claimed each = batch.get(i);
                if (!running || (i > 0 && i % 20 == 0 && !stillSending(batch.subList(i, batch.size())))) {
                    release(batch.subList(i, batch.size()));
                    break;
                }
                if (!each.stillSubscribed()) {
                    // Left (or marked failing) since the sending started: not a failure, nothing to retry.
                    jdbc.update("update delivery set status = 'CANCELLED', claimed_until = null where id = ?",
                            each.id());
                    continue;
                }
                Edition edition = shown.computeIfAbsent(each.editionId(), this::edition);
                try {
                    smtp.send(mail.message(sender, edition, each.languages(), each.subscriberId(), each.email()));
                    jdbc.update("update delivery set status = 'SENT', sent_at = ?, claimed_until = null where id = ?",
                            Timestamp.from(clock.instant()), each.id());
                    sent++;
                }
                catch (MailException | MessagingException e) {
                    if (isRecipientRefused(e)) {
                        failed(each, e);
                    }
                    else {
                        log.warn("The newsletter's mail server refused or could not be reached ({}): sending waits",
                                e.getClass().getSimpleName());
                        release(batch.subList(i, batch.size()));
                        break;
                    }
                }
            }
        }
        if (batch.isEmpty()) {
            mail.forget();
        }
        return sent;
    }

    /** Paused or cancelled meanwhile: the rest of the batch waits (looked at every 20 messages). */
    private boolean stillSending(List<Claimed> rest) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select bool_and(e.status = 'SENDING') from edition e"
                + " where e.id in (select edition_id from delivery where id = any(?))", Boolean.class,
                (Object) rest.stream().map(Claimed::id).toArray(Long[]::new)));
    }

    private Edition edition(long id) {
        return transactions.execute(status -> {
            return editionRows.findWithArticles(id).orElseThrow();
        });
    }

    private List<Claimed> claim(int limit) {
        Instant now = clock.instant();
        return transactions.execute(status -> jdbc.query("""
                with picked as (
                    select d.id from delivery d join edition e on e.id = d.edition_id
                    where d.status = 'PENDING' and e.status = 'SENDING' and d.next_attempt_at <= ?
                      and (d.claimed_until is null or d.claimed_until < ?)
                    order by d.next_attempt_at, d.id
                    limit ?
                    for update of d skip locked)
                update delivery d set claimed_until = ?
                from picked, subscriber s
                where d.id = picked.id and s.id = d.subscriber_id
                returning d.id, d.edition_id, s.id, s.email, s.languages,
                          s.status = 'CONFIRMED' and s.bouncing_since is null""",
                (row, n) -> new Claimed(row.getLong(1), row.getLong(2), row.getLong(3), row.getString(4),
                        Arrays.asList(row.getString(5).split(",")), row.getBoolean(6)),
                Timestamp.from(now), Timestamp.from(now), limit, Timestamp.from(now.plus(lease))))
                .stream().sorted(Comparator.comparingLong(Claimed::id)).toList();
    }

    /** Given back: another pass (or instance) takes them at once. */
    private void release(List<Claimed> rest) {
        for (Claimed each : rest) {
            jdbc.update("update delivery set claimed_until = null where id = ? and status = 'PENDING'", each.id());
        }
    }

    private void failed(Claimed each, Exception e) {
        // Retried after 1 minute, then 10, then 100, … until the last attempt.
        jdbc.update("""
                update delivery set attempts = attempts + 1, last_error = ?, claimed_until = null,
                    next_attempt_at = ?::timestamptz + interval '1 minute' * power(10, least(attempts, 3)),
                    status = case when attempts + 1 >= ? then 'FAILED' else 'PENDING' end
                where id = ?""", reason(e), Timestamp.from(clock.instant()), maxAttempts, each.id());
    }

    /** The server refused this recipient (an address it does not know, a full mailbox): not the server's fault. */
    static boolean isRecipientRefused(Exception e) {
        if (e instanceof MailSendException send) {
            return send.getFailedMessages().values().stream().anyMatch(SendFailedException.class::isInstance);
        }
        return e instanceof SendFailedException;
    }

    /** What the server said, without the address: at most 500 characters, one line. */
    private static String reason(Exception e) {
        Throwable cause = e;
        if (e instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
            cause = send.getFailedMessages().values().iterator().next();
        }
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        message = message.replaceAll("[\\r\\n\\t]+", " ").strip();
        return message.length() > 500 ? message.substring(0, 500) : message;
    }

    @Override
    public void start() {
        running = true;
    }

    /** The message in flight finishes; the rest of the batch is given back. */
    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
