package be.brussels.international.coordination.communication;

import java.util.Locale;

import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.shared.BaseEntity;
import be.brussels.international.coordination.shared.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** An article of an edition: a title and a Markdown body per language, and what it is about in the application. */
@Entity
@Table(name = "edition_article")
@Audited
public class EditionArticle extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "edition_id")
    private Edition edition;

    private int position;

    @Embedded
    @AttributeOverride(name = "fr", column = @Column(name = "title_fr"))
    @AttributeOverride(name = "nl", column = @Column(name = "title_nl"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    private LocalizedText title;

    @Embedded
    @AttributeOverride(name = "fr", column = @Column(name = "body_fr"))
    @AttributeOverride(name = "nl", column = @Column(name = "body_nl"))
    @AttributeOverride(name = "en", column = @Column(name = "body_en"))
    private LocalizedText body;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "visit_id")
    private Long visitId;

    protected EditionArticle() {
    }

    EditionArticle(Edition edition, int position, ArticleDetails details) {
        this.edition = edition;
        this.position = position;
        change(details);
    }

    /** True when the text changed (an approved edition then needs approving again). */
    boolean change(ArticleDetails details) {
        LocalizedText newTitle = clean(details.title());
        LocalizedText newBody = body(details.body());
        boolean changed = !newTitle.equals(title) || !newBody.equals(body);
        this.title = newTitle;
        this.body = newBody;
        this.eventId = details.event();
        this.visitId = details.visit();
        return changed;
    }

    void setPartner(Partner partner) {
        this.partner = partner;
    }

    void moveTo(int position) {
        this.position = position;
    }

    boolean isComplete() {
        return !title.nl().isBlank() && !title.en().isBlank() && !body.fr().isBlank() && !body.nl().isBlank()
                && !body.en().isBlank();
    }

    /** A body keeps its lines. */
    private static LocalizedText body(LocalizedText text) {
        return new LocalizedText(text.fr() == null ? "" : text.fr().strip(), text.nl() == null ? "" : text.nl().strip(),
                text.en() == null ? "" : text.en().strip());
    }

    private static LocalizedText clean(LocalizedText text) {
        return new LocalizedText(Edition.blankIfNull(text.fr()), Edition.blankIfNull(text.nl()),
                Edition.blankIfNull(text.en()));
    }

    /** The title in that language, the French one where it is missing (a draft). */
    public String titleIn(Locale locale) {
        String shown = title.in(locale);
        return shown.isBlank() ? title.fr() : shown;
    }

    /** The body in that language as safe HTML, for the application's own pages. */
    public String htmlIn(Locale locale) {
        return Markdown.toHtml(body.in(locale), path -> path);
    }

    public Edition getEdition() {
        return edition;
    }

    public int getPosition() {
        return position;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getBody() {
        return body;
    }

    public Partner getPartner() {
        return partner;
    }

    public Long getEventId() {
        return eventId;
    }

    public Long getVisitId() {
        return visitId;
    }

}
