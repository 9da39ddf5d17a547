package be.brussels.international.coordination.communication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.shared.BaseEntity;
import be.brussels.international.coordination.shared.LocalizedText;
import be.brussels.international.coordination.shared.Refused;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * An edition of « The Brussels globe »: its number, its list, its subject and articles in French, Dutch and
 * English. Written by who runs the communication, approved by the coordinator (complete in the three languages),
 * then sent now or at a set time through the outbox; a change to an approved edition sends it back to draft.
 */
@Entity
@Table(name = "edition")
@Audited
public class Edition extends BaseEntity {

    /** Given when the sending starts, in the list's own series; null before. */
    private Integer number;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    @Embedded
    @AttributeOverride(name = "fr", column = @Column(name = "subject_fr"))
    @AttributeOverride(name = "nl", column = @Column(name = "subject_nl"))
    @AttributeOverride(name = "en", column = @Column(name = "subject_en"))
    private LocalizedText subject;

    @Enumerated(EnumType.STRING)
    private EditionStatus status;

    private String approvedBy;

    private Instant approvedAt;

    private Instant scheduledAt;

    private Instant startedAt;

    private Instant finishedAt;

    @NotAudited
    private String linksBase;

    private String createdBy;

    private Instant createdAt;

    @OneToMany(mappedBy = "edition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<EditionArticle> articles = new ArrayList<>();

    protected Edition() {
    }

    Edition(Audience audience, LocalizedText subject, String createdBy, Instant now) {
        this.audience = audience;
        this.subject = clean(subject);
        this.status = EditionStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void change(Audience audience, LocalizedText subject) {
        requireEditable();
        if (audience != this.audience || !clean(subject).equals(this.subject)) {
            this.audience = audience;
            this.subject = clean(subject);
            backToDraft();
        }
    }

    EditionArticle addArticle(ArticleDetails details) {
        requireEditable();
        EditionArticle article = new EditionArticle(this, articles.size() + 1, details);
        articles.add(article);
        backToDraft();
        return article;
    }

    void changeArticle(EditionArticle article, ArticleDetails details) {
        requireEditable();
        if (article.change(details)) {
            backToDraft();
        }
    }

    void removeArticle(EditionArticle article) {
        requireEditable();
        articles.remove(article);
        for (int i = 0; i < articles.size(); i++) {
            articles.get(i).moveTo(i + 1);
        }
        backToDraft();
    }

    /** One place up ({@code up}) or down; nothing at the ends. */
    void moveArticle(EditionArticle article, boolean up) {
        requireEditable();
        int from = articles.indexOf(article);
        int to = up ? from - 1 : from + 1;
        if (from < 0 || to < 0 || to >= articles.size()) {
            return;
        }
        articles.set(from, articles.get(to));
        articles.set(to, article);
        articles.get(from).moveTo(from + 1);
        article.moveTo(to + 1);
        backToDraft();
    }

    /** The coordinator approves: there must be an article, and everything in the three languages. */
    void approve(String coordinator, Instant now) {
        if (status != EditionStatus.DRAFT) {
            throw new Refused("edition.refused.notDraft");
        }
        if (articles.isEmpty()) {
            throw new Refused("edition.refused.noArticle");
        }
        if (subject.nl().isBlank() || subject.en().isBlank()
                || articles.stream().anyMatch(article -> !article.isComplete())) {
            throw new Refused("edition.refused.incomplete");
        }
        this.status = EditionStatus.APPROVED;
        this.approvedBy = coordinator;
        this.approvedAt = now;
    }

    /** Where the messages' links point (the public address when the sending is asked for). */
    void linkTo(String base) {
        this.linksBase = base;
    }

    String getLinksBase() {
        return linksBase;
    }

    void schedule(Instant at, Instant now) {
        if (status != EditionStatus.APPROVED && status != EditionStatus.SCHEDULED) {
            throw new Refused("edition.refused.notApproved");
        }
        if (!at.isAfter(now)) {
            throw new Refused("edition.refused.scheduleInPast").onField("day");
        }
        this.status = EditionStatus.SCHEDULED;
        this.scheduledAt = at;
    }

    /** A scheduled edition is not sent: it is approved again, to be sent later. */
    void unschedule() {
        if (status != EditionStatus.SCHEDULED) {
            throw new Refused("edition.refused.notScheduled");
        }
        this.status = EditionStatus.APPROVED;
        this.scheduledAt = null;
    }

    /** The sending starts (now, or at the scheduled time), under the list's next number. */
    void start(int number, Instant now) {
        if (status != EditionStatus.APPROVED && status != EditionStatus.SCHEDULED) {
            throw new Refused("edition.refused.notApproved");
        }
        this.number = number;
        this.status = EditionStatus.SENDING;
        this.startedAt = now;
    }

    void pause() {
        if (status != EditionStatus.SENDING) {
            throw new Refused("edition.refused.notSending");
        }
        this.status = EditionStatus.PAUSED;
    }

    void resume() {
        if (status != EditionStatus.PAUSED) {
            throw new Refused("edition.refused.notPaused");
        }
        this.status = EditionStatus.SENDING;
    }

    void cancel() {
        if (status != EditionStatus.SENDING && status != EditionStatus.PAUSED && status != EditionStatus.SCHEDULED) {
            throw new Refused("edition.refused.notCancellable");
        }
        this.status = EditionStatus.CANCELLED;
    }

    void finish(Instant now) {
        if (status == EditionStatus.SENDING) {
            this.status = EditionStatus.SENT;
            this.finishedAt = now;
        }
    }

    private void backToDraft() {
        if (status == EditionStatus.APPROVED) {
            status = EditionStatus.DRAFT;
            approvedBy = null;
            approvedAt = null;
        }
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new Refused("edition.refused.notEditable");
        }
    }

    private static LocalizedText clean(LocalizedText text) {
        return new LocalizedText(blankIfNull(text.fr()), blankIfNull(text.nl()), blankIfNull(text.en()));
    }

    /** Stripped; and a line break is no part of a title or a subject (it would be a new header line). */
    static String blankIfNull(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t\\u2028\\u2029]+", " ").strip();
    }

    /** The subject in that language, the French one where it is missing (a draft). */
    public String subjectIn(Locale locale) {
        String shown = subject.in(locale);
        return shown == null || shown.isBlank() ? subject.fr() : shown;
    }

    /** A draft never sent can be removed (a sent, sending or cancelled one is history). */
    public boolean isRemovable() {
        return status.isEditable();
    }

    public Integer getNumber() {
        return number;
    }

    public Audience getAudience() {
        return audience;
    }

    public LocalizedText getSubject() {
        return subject;
    }

    public EditionStatus getStatus() {
        return status;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<EditionArticle> getArticles() {
        return articles;
    }
}
