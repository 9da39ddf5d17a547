package be.brussels.international.coordination.agreement.web;

import java.io.Serializable;
import java.time.LocalDate;

import be.brussels.international.coordination.agreement.Agreement;
import be.brussels.international.coordination.agreement.AgreementDetails;
import be.brussels.international.coordination.agreement.AgreementKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** What is typed about an agreement. Never the entity: turned into {@link AgreementDetails}. */
class AgreementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    private String partner;

    @NotNull
    private AgreementKind kind = AgreementKind.COOPERATION_AGREEMENT;

    @NotBlank
    @Size(max = 300)
    private String titleFr;

    @NotBlank
    @Size(max = 300)
    private String titleNl;

    @NotBlank
    @Size(max = 300)
    private String titleEn;

    private Long parentId;

    @Size(max = 2000)
    private String signatories;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate signedOn;

    @Size(max = 200)
    private String signedAt;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate inForceOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiresOn;

    private Boolean tacitRenewal;

    @Min(1)
    @Max(600)
    private Integer renewalMonths;

    @Min(0)
    @Max(120)
    private Integer noticeMonths;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reviewOn;

    @Size(max = 1000)
    private String themes;

    @Size(max = 4000)
    private String notes;

    private long version;

    static AgreementForm from(Agreement agreement) {
        AgreementForm form = new AgreementForm();
        form.partner = agreement.getPartner().getSlug();
        form.kind = agreement.getKind();
        form.titleFr = agreement.getTitle().fr();
        form.titleNl = agreement.getTitle().nl();
        form.titleEn = agreement.getTitle().en();
        form.parentId = agreement.getParent() == null ? null : agreement.getParent().getId();
        form.signatories = agreement.getSignatories();
        form.signedOn = agreement.getSignedOn();
        form.signedAt = agreement.getSignedAt();
        form.inForceOn = agreement.getInForceOn();
        form.expiresOn = agreement.getExpiresOn();
        form.tacitRenewal = agreement.getTacitRenewal();
        form.renewalMonths = agreement.getRenewalMonths();
        form.noticeMonths = agreement.getNoticeMonths();
        form.reviewOn = agreement.getReviewOn();
        form.themes = agreement.getThemes();
        form.notes = agreement.getNotes();
        form.version = agreement.getVersion();
        return form;
    }

    /** Dates out of order come back next to the field they concern. */
    void validateFor(Errors errors) {
        if (signedOn != null && inForceOn != null && inForceOn.isBefore(signedOn)) {
            errors.rejectValue("inForceOn", "agreement.inForceOn.beforeSignature");
        }
        LocalDate start = inForceOn != null ? inForceOn : signedOn;
        if (start != null && expiresOn != null && !expiresOn.isAfter(start)) {
            errors.rejectValue("expiresOn", "agreement.expiresOn.beforeStart");
        }
        for (String field : new String[] { "signedOn", "inForceOn", "expiresOn", "reviewOn" }) {
            if (errors.getFieldValue(field) instanceof LocalDate date && (date.getYear() < 1950 || date.getYear() > 2150)) {
                errors.rejectValue(field, "agreement.date.range");
            }
        }
    }

    AgreementDetails toDetails() {
        return new AgreementDetails(kind, titleFr, titleNl, titleEn, parentId, signatories, signedOn, signedAt,
                inForceOn, expiresOn, tacitRenewal, renewalMonths, noticeMonths, reviewOn, themes, notes);
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public AgreementKind getKind() {
        return kind;
    }

    public void setKind(AgreementKind kind) {
        this.kind = kind;
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

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getSignatories() {
        return signatories;
    }

    public void setSignatories(String signatories) {
        this.signatories = signatories;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public String getSignedAt() {
        return signedAt;
    }

    public void setSignedAt(String signedAt) {
        this.signedAt = signedAt;
    }

    public LocalDate getInForceOn() {
        return inForceOn;
    }

    public void setInForceOn(LocalDate inForceOn) {
        this.inForceOn = inForceOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public Boolean getTacitRenewal() {
        return tacitRenewal;
    }

    public void setTacitRenewal(Boolean tacitRenewal) {
        this.tacitRenewal = tacitRenewal;
    }

    public Integer getRenewalMonths() {
        return renewalMonths;
    }

    public void setRenewalMonths(Integer renewalMonths) {
        this.renewalMonths = renewalMonths;
    }

    public Integer getNoticeMonths() {
        return noticeMonths;
    }

    public void setNoticeMonths(Integer noticeMonths) {
        this.noticeMonths = noticeMonths;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }

    public String getThemes() {
        return themes;
    }

    public void setThemes(String themes) {
        this.themes = themes;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
