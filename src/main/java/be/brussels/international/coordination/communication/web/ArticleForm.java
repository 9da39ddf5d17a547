package be.brussels.international.coordination.communication.web;

import java.io.Serializable;

import be.brussels.international.coordination.communication.ArticleDetails;
import be.brussels.international.coordination.communication.EditionArticle;
import be.brussels.international.coordination.shared.LocalizedText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An article as typed: title and body (Markdown) in French, Dutch and English — the French title at least; the
 * rest before approval — and what it is about: a partner, an event, a visit. {@code version} is the edition's.
 */
public class ArticleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 200)
    private String titleFr;

    @Size(max = 200)
    private String titleNl;

    @Size(max = 200)
    private String titleEn;

    @Size(max = 20000)
    private String bodyFr;

    @Size(max = 20000)
    private String bodyNl;

    @Size(max = 20000)
    private String bodyEn;

    @Size(max = 64)
    private String partner;

    private Long event;

    private Long visit;

    private long version = -1;

    static ArticleForm from(EditionArticle article, long editionVersion) {
        ArticleForm form = new ArticleForm();
        form.titleFr = article.getTitle().fr();
        form.titleNl = article.getTitle().nl();
        form.titleEn = article.getTitle().en();
        form.bodyFr = article.getBody().fr();
        form.bodyNl = article.getBody().nl();
        form.bodyEn = article.getBody().en();
        form.partner = article.getPartner() == null ? null : article.getPartner().getSlug();
        form.event = article.getEventId();
        form.visit = article.getVisitId();
        form.version = editionVersion;
        return form;
    }

    ArticleDetails toDetails() {
        return new ArticleDetails(new LocalizedText(titleFr, titleNl, titleEn),
                new LocalizedText(bodyFr, bodyNl, bodyEn), partner, event, visit);
    }

    public String getTitleFr() {
        return titleFr;
    }

    public void setTitleFr(String titleFr) {
        this.titleFr = titleFr;
    }

    public String getTitleNl() {
        return titleNl;
    }

    public void setTitleNl(String titleNl) {
        this.titleNl = titleNl;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getBodyFr() {
        return bodyFr;
    }

    public void setBodyFr(String bodyFr) {
        this.bodyFr = bodyFr;
    }

    public String getBodyNl() {
        return bodyNl;
    }

    public void setBodyNl(String bodyNl) {
        this.bodyNl = bodyNl;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public Long getEvent() {
        return event;
    }

    public void setEvent(Long event) {
        this.event = event;
    }

    public Long getVisit() {
        return visit;
    }

    public void setVisit(Long visit) {
        this.visit = visit;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
