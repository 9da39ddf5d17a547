package be.brussels.international.coordination.partner.web;

import java.io.Serializable;

import be.brussels.international.coordination.partner.Continent;
import be.brussels.international.coordination.partner.PartnerDetails;
import be.brussels.international.coordination.partner.PartnerKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A partner as the coordinator types it; the limits and formats are the partner table's checks. */
public class PartnerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Lower-case ASCII letters and digits in words joined by single hyphens (partner_slug_format). */
    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

    @Size(max = 64)
    @Pattern(regexp = SLUG)
    private String slug;

    @NotBlank
    @Size(max = 200)
    private String designationFr;

    @NotBlank
    @Size(max = 120)
    private String nameFr;

    @NotBlank
    @Size(max = 120)
    private String nameNl;

    @NotBlank
    @Size(max = 120)
    private String nameEn;

    @NotNull
    private PartnerKind kind;

    @NotBlank
    @Pattern(regexp = "^[A-Z]{2}$")
    private String countryCode;

    @NotNull
    private Continent continent;

    @NotBlank
    @Size(max = 64)
    private String timeZone;

    private boolean developmentCooperation;

    private long version = -1;

    static PartnerForm from(PartnerDetails details, long version) {
        PartnerForm form = new PartnerForm();
        form.designationFr = details.designationFr();
        form.nameFr = details.nameFr();
        form.nameNl = details.nameNl();
        form.nameEn = details.nameEn();
        form.kind = details.kind();
        form.countryCode = details.countryCode();
        form.continent = details.continent();
        form.timeZone = details.timeZone();
        form.developmentCooperation = details.developmentCooperation();
        form.version = version;
        return form;
    }

    PartnerDetails toDetails() {
        return new PartnerDetails(designationFr, nameFr, nameNl, nameEn, kind, countryCode, continent, timeZone,
                developmentCooperation);
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getDesignationFr() {
        return designationFr;
    }

    public void setDesignationFr(String designationFr) {
        this.designationFr = designationFr;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public String getNameNl() {
        return nameNl;
    }

    public void setNameNl(String nameNl) {
        this.nameNl = nameNl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public void setKind(PartnerKind kind) {
        this.kind = kind;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public Continent getContinent() {
        return continent;
    }

    public void setContinent(Continent continent) {
        this.continent = continent;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public boolean isDevelopmentCooperation() {
        return developmentCooperation;
    }

    public void setDevelopmentCooperation(boolean developmentCooperation) {
        this.developmentCooperation = developmentCooperation;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
