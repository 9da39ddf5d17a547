package be.brussels.international.coordination.communication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.partner.PartnerCatalog;
import be.brussels.international.coordination.shared.LocalizedText;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.OutgoingMail;
import be.brussels.international.coordination.shared.PublicUrl;
import be.brussels.international.coordination.shared.Refused;
import be.brussels.international.coordination.shared.Secrets;
import be.brussels.international.coordination.staff.StaffDirectory;
import be.brussels.international.coordination.staff.StaffMember;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editions of « The Brussels globe », for who runs the cell's communication: written, approved by the
 * coordinator, sent now or at a set time. Sending writes the outbox — one row per confirmed subscriber of the
 * edition's list, in one statement — that {@link Outbox} empties; pausing, resuming and cancelling act on it.
 */
@Service
@Transactional
public class Editions {

    /** What an image may be: recognised from its first bytes, at most 2 MiB. */
    static final int IMAGE_MAX_BYTES = 2 * 1024 * 1024;

    private final EditionRepository editions;

    private final EditionImageRepository images;

    private final PartnerCatalog partners;

    private final SourceChoices sources;

    private final CommunicationRights rights;

    private final JdbcTemplate jdbc;

    private final PublicUrl publicUrl;

    private final EntityManager entities;

    private final EditionMail mail;

    private final OutgoingMail outgoing;

    private final StaffDirectory staff;

    private final Clock clock;

    Editions(EditionRepository editions, EditionImageRepository images, PartnerCatalog partners,
            SourceChoices sources, CommunicationRights rights, JdbcTemplate jdbc, PublicUrl publicUrl, EditionMail mail,
            OutgoingMail outgoing, StaffDirectory staff, EntityManager entities, Clock clock) {
        this.editions = editions;
        this.images = images;
        this.partners = partners;
        this.sources = sources;
        this.rights = rights;
        this.jdbc = jdbc;
        this.publicUrl = publicUrl;
        this.entities = entities;
        this.mail = mail;
        this.outgoing = outgoing;
        this.staff = staff;
        this.clock = clock;
    }

    /** How far an edition's sending is: recipients by state. */
    public record Progress(long pending, long sent, long failed, long cancelled) {

        public long total() {
            return pending + sent + failed + cancelled;
        }

        /** Done, out of a hundred (failed and cancelled ones count as done). */
        public int percent() {
            return total() == 0 ? 0 : (int) ((total() - pending) * 100 / total());
        }
    }

    /** A recipient whose message could not be sent. */
    public record Failure(long subscriberId, String email, int attempts, String error, boolean bouncing) {
    }

    /** The columns the editions can be sorted by. */
    public static final List<String> SORTABLE = List.of("number", "when");

    /**
     * The editions of a status and an audience (null: all): by number, the drafts (not numbered yet) first and the
     * latest sent next, or by one of the {@link #SORTABLE} columns — « when » is the day each was sent, is to be sent
     * or was begun, as the list shows it.
     */
    @Transactional(readOnly = true)
    public Page<Edition> list(EditionStatus status, Audience audience, String column, boolean descending,
            Pageable pageable) {
        rights.checkCanManage();
        Sort.Direction direction = descending ? Sort.Direction.DESC : Sort.Direction.ASC;
        Sort order = column == null ? Sort.by(Sort.Direction.DESC, "number") : switch (column) {
            case "when" -> JpaSort.unsafe(direction, "coalesce(e.finishedAt, e.scheduledAt, e.createdAt)");
            default -> Sort.by(new Sort.Order(direction, "number", Sort.NullHandling.NULLS_FIRST));
        };
        return editions.findFiltered(status, audience, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                order.and(Sort.by(Sort.Direction.DESC, "id"))));
    }

    @Transactional(readOnly = true)
    public Optional<Edition> find(long id) {
        rights.checkCanManage();
        return editions.findWithArticles(id);
    }

    public Edition create(Audience audience, LocalizedText subject) {
        rights.checkCanManage();
        return editions.save(new Edition(audience, subject, currentUser(), clock.instant()));
    }

    public void change(long id, long seenVersion, Audience audience, LocalizedText subject) {
        forChange(id, seenVersion).change(audience, subject);
    }

    public EditionArticle addArticle(long id, long seenVersion, ArticleDetails details) {
        Edition edition = forChange(id, seenVersion);
        touch(edition);
        EditionArticle article = edition.addArticle(details);
        article.setPartner(partner(details.partner()));
        checkSources(details);
        return article;
    }

    public void changeArticle(long id, long seenVersion, long articleId, ArticleDetails details) {
        Edition edition = forChange(id, seenVersion);
        touch(edition);
        EditionArticle article = article(edition, articleId);
        edition.changeArticle(article, details);
        article.setPartner(partner(details.partner()));
        checkSources(details);
    }

    public void removeArticle(long id, long seenVersion, long articleId) {
        Edition edition = forChange(id, seenVersion);
        touch(edition);
        edition.removeArticle(article(edition, articleId));
    }

    public void moveArticle(long id, long seenVersion, long articleId, boolean up) {
        Edition edition = forChange(id, seenVersion);
        touch(edition);
        edition.moveArticle(article(edition, articleId), up);
    }

    /** The coordinator's approval (complete in the three languages). */
    public void approve(long id, long seenVersion) {
        Edition edition = forChange(id, seenVersion);
        if (!rights.isCoordinator()) {
            throw new Refused("edition.refused.coordinatorOnly");
        }
        edition.approve(currentUser(), clock.instant());
    }

    /** False when no mail server is configured: nothing can be sent, and the pages say so. */
    public boolean canSend() {
        return outgoing.isOn();
    }

    public void schedule(long id, long seenVersion, Instant at) {
        Edition edition = forChange(id, seenVersion);
        requireMail();
        edition.schedule(at, clock.instant());
        edition.linkTo(publicUrl.of(""));
    }

    public void unschedule(long id, long seenVersion) {
        forChange(id, seenVersion).unschedule();
    }

    /** Sends now: the outbox is written in the same transaction as the edition's new state. */
    public long sendNow(long id, long seenVersion) {
        Edition edition = forChange(id, seenVersion);
        requireMail();
        edition.linkTo(publicUrl.of(""));
        return start(edition);
    }

    public void pause(long id, long seenVersion) {
        forChange(id, seenVersion).pause();
    }

    public void resume(long id, long seenVersion) {
        forChange(id, seenVersion).resume();
    }

    /** A draft (or approved edition) never sent is removed, with its articles and images; audited. */
    public void remove(long id, long seenVersion) {
        Edition edition = forChange(id, seenVersion);
        if (!edition.isRemovable()) {
            throw new Refused("edition.refused.notRemovable");
        }
        images.deleteAll(images.findByEditionIdOrderById(id));
        editions.delete(edition);
    }

    /** Nothing more goes: the recipients not yet reached are marked cancelled. */
    public void cancel(long id, long seenVersion) {
        Edition edition = forChange(id, seenVersion);
        edition.cancel();
        jdbc.update("update delivery set status = 'CANCELLED', claimed_until = null"
                + " where edition_id = ? and status = 'PENDING'", id);
    }

    /** The edition, as every subscriber would receive it, to the reader's own address; the address it went to. */
    @Transactional(readOnly = true)
    public String sendTest(long id) {
        rights.checkCanManage();
        requireMail();
        Edition edition = editions.findWithArticles(id).orElseThrow(() -> new NotFoundException("Edition", id));
        String to = staff.findByUsername(currentUser()).map(StaffMember::getEmail).filter(email -> email != null
                && !email.isBlank()).orElseThrow(() -> new Refused("edition.test.noAddress"));
        JavaMailSender sender = outgoing.sender().orElseThrow();
        try {
            sender.send(mail.test(sender, edition, publicUrl.of(""), to));
        }
        catch (MailException | MessagingException e) {
            throw new Refused("edition.test.failed");
        }
        return to;
    }

    /** The message as a subscriber reading those languages receives it (a file a mail program opens). */
    @Transactional(readOnly = true)
    public byte[] asMessage(long id, List<String> languages) {
        rights.checkCanManage();
        Edition edition = editions.findWithArticles(id).orElseThrow(() -> new NotFoundException("Edition", id));
        JavaMailSender sender = outgoing.sender().orElseGet(JavaMailSenderImpl::new);
        try {
            MimeMessage message = mail.test(sender, edition, publicUrl.of(""),
                    "preview@example.org", languages);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            return bytes.toByteArray();
        }
        catch (MessagingException | IOException e) {
            throw new IllegalStateException("A message in memory is always written", e);
        }
    }

    private void requireMail() {
        if (!canSend()) {
            throw new Refused("edition.refused.mailOff");
        }
    }

    @Transactional(readOnly = true)
    public Progress progress(long id) {
        rights.checkCanManage();
        long[] counts = new long[4];
        jdbc.query("select status, count(*) from delivery where edition_id = ? group by status", row -> {
            switch (row.getString(1)) {
                case "PENDING" -> counts[0] = row.getLong(2);
                case "SENT" -> counts[1] = row.getLong(2);
                case "FAILED" -> counts[2] = row.getLong(2);
                default -> counts[3] = row.getLong(2);
            }
        }, id);
        return new Progress(counts[0], counts[1], counts[2], counts[3]);
    }

    /** The recipients whose message failed (its reason), or is still being retried after a failure. */
    @Transactional(readOnly = true)
    public Page<Failure> failures(long id, Pageable pageable) {
        rights.checkCanManage();
        Long total = jdbc.queryForObject("select count(*) from delivery where edition_id = ? and last_error is not null"
                + " and status <> 'SENT'", Long.class, id);
        List<Failure> rows = jdbc.query("""
                select s.id, s.email, d.attempts, d.last_error, s.bouncing_since is not null as bouncing
                from delivery d join subscriber s on s.id = d.subscriber_id
                where d.edition_id = ? and d.last_error is not null and d.status <> 'SENT'
                order by d.id limit ? offset ?""",
                (row, n) -> new Failure(row.getLong(1), row.getString(2), row.getInt(3), row.getString(4),
                        row.getBoolean(5)),
                id, pageable.getPageSize(), pageable.getOffset());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /** How many would receive it now: the confirmed subscribers of its list whose address works. */
    @Transactional(readOnly = true)
    public long audienceSize(Audience audience) {
        rights.checkCanManage();
        return jdbc.queryForObject("select count(*) from subscriber where status = 'CONFIRMED'"
                + " and bouncing_since is null and (',' || lists || ',') like ?", Long.class,
                "%," + audience.name() + ",%");
    }

    // Images

    @Transactional(readOnly = true)
    public List<EditionImage> images(long id) {
        rights.checkCanManage();
        return images.findByEditionIdOrderById(id);
    }

    /** An image for the edition's articles: PNG, JPEG or GIF (by its first bytes, whatever its name says). */
    public EditionImage addImage(long id, String name, byte[] content) {
        Edition edition = editions.findById(id).orElseThrow(() -> new NotFoundException("Edition", id));
        rights.checkCanManage();
        if (!edition.getStatus().isEditable()) {
            throw new Refused("edition.refused.notEditable");
        }
        if (content.length == 0) {
            throw new Refused("edition.image.none").onField("file");
        }
        if (content.length > IMAGE_MAX_BYTES) {
            throw new Refused("edition.image.tooLarge", IMAGE_MAX_BYTES / 1024 / 1024).onField("file");
        }
        String type = imageType(content);
        if (type == null) {
            throw new Refused("edition.image.type").onField("file");
        }
        String shown = name == null ? "" : name.replaceAll("[^\\p{L}\\p{N} ._-]", "").strip();
        return images.save(new EditionImage(id, shown.isEmpty() ? "image" : shown.substring(0, Math.min(200,
                shown.length())), type, content, Secrets.sha256(content), currentUser(), clock.instant()));
    }

    /** A published image: only an edition's (addressed by id and hash), whatever the reader. */
    @Transactional(readOnly = true)
    public Optional<EditionImage> publicImage(long imageId, String hashStart) {
        return images.findById(imageId).filter(image -> image.getSha256().startsWith(hashStart)
                && hashStart.length() == 16);
    }

    static String imageType(byte[] content) {
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(content, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        return null;
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    // The public archive: the public list's editions only (the staff's are internal)

    @Transactional(readOnly = true)
    public Page<Edition> archive(Pageable pageable) {
        return editions.findByStatusAndAudienceOrderByNumberDesc(EditionStatus.SENT, Audience.GLOBE,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    @Transactional(readOnly = true)
    public Optional<Edition> archived(int number) {
        return editions.findByNumberAndStatusAndAudience(number, EditionStatus.SENT, Audience.GLOBE);
    }

    // For the outbox (no reader: background work)

    /** Starts every scheduled edition whose time has come; by one instance only (the row is locked). */
    List<Long> startDue() {
        List<Long> due = jdbc.queryForList("select id from edition where status = 'SCHEDULED' and scheduled_at <= ?"
                + " for update skip locked", Long.class, Timestamp.from(clock.instant()));
        due.forEach(id -> start(editions.findById(id).orElseThrow()));
        return due;
    }

    /** Marks sent the editions being sent with nobody left to reach. */
    void finishDone() {
        jdbc.queryForList("select e.id from edition e where e.status = 'SENDING' and not exists"
                + " (select 1 from delivery d where d.edition_id = e.id and d.status = 'PENDING')", Long.class)
                .forEach(id -> editions.findById(id).ifPresent(edition -> edition.finish(clock.instant())));
    }

    private long start(Edition edition) {
        // One numbering at a time (two editions started at once would take the same number).
        jdbc.query("select pg_advisory_xact_lock(hashtext('edition-number'))", row -> { });
        edition.start(editions.lastNumber(edition.getAudience()) + 1, clock.instant());
        entities.flush();
        return jdbc.update("""
                insert into delivery (edition_id, subscriber_id, status, next_attempt_at)
                select ?, s.id, 'PENDING', ? from subscriber s
                where s.status = 'CONFIRMED' and s.bouncing_since is null and (',' || s.lists || ',') like ?
                order by s.id
                on conflict (edition_id, subscriber_id) do nothing""",
                edition.getId(), Timestamp.from(clock.instant()), "%," + edition.getAudience().name() + ",%");
    }

    /**
     * The articles are the edition: a change to one counts as a change to it (a new version), so that whoever
     * saw it before — the coordinator about to approve — is told it changed.
     */
    private void touch(Edition edition) {
        entities.lock(edition, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private Edition forChange(long id, long seenVersion) {
        rights.checkCanManage();
        Edition edition = editions.findById(id).orElseThrow(() -> new NotFoundException("Edition", id));
        edition.requireVersion(seenVersion);
        return edition;
    }

    private static EditionArticle article(Edition edition, long articleId) {
        return edition.getArticles().stream().filter(each -> each.getId() == articleId).findFirst()
                .orElseThrow(() -> new NotFoundException("Article", articleId));
    }

    private Partner partner(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return partners.findBySlug(slug).orElseThrow(() -> new Refused("editorial.partner.unknown").onField("partner"));
    }

    private void checkSources(ArticleDetails details) {
        sources.check(details.event(), details.visit());
    }

    private static String currentUser() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
