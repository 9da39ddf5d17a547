package be.brussels.international.coordination.partner;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;

import be.brussels.international.coordination.shared.BaseEntity;
import be.brussels.international.coordination.shared.Languages;
import be.brussels.international.coordination.shared.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A city, region, province, prefecture, wilaya, district, voivodeship, metropolis or country with which
 * the Region has a cooperation agreement. Identified by its slug, chosen once; added and corrected by the
 * coordinator. A partnership that ends keeps its partner, its pages and its history ("former partner").
 */
@Entity
@Table(name = "partner")
@Audited
public class Partner extends BaseEntity {

    private String slug;

    /** The full French designation, as the cell writes it ("Préfecture d’Aichi"). */
    private String designationFr;

    @Embedded
    @AttributeOverride(name = "fr", column = @Column(name = "name_fr"))
    @AttributeOverride(name = "nl", column = @Column(name = "name_nl"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    private LocalizedText name;

    @Enumerated(EnumType.STRING)
    private PartnerKind kind;

    private String countryCode;

    @Enumerated(EnumType.STRING)
    private Continent continent;

    private String timeZone;

    private boolean developmentCooperation;

    /** The day the partnership ended; null while it runs. */
    private LocalDate endedOn;

    private String endReason;

    // Computed by PostgreSQL (generated columns): what filters and sorting compare, without accents.
    @NotAudited
    @Column(insertable = false, updatable = false)
    private String searchText;

    @NotAudited
    @Column(insertable = false, updatable = false)
    private String sortNameFr;

    @NotAudited
    @Column(insertable = false, updatable = false)
    private String sortNameNl;

    @NotAudited
    @Column(insertable = false, updatable = false)
    private String sortNameEn;

    protected Partner() {
    }

    Partner(String slug, PartnerDetails details) {
        this.slug = slug;
        change(details);
    }

    void change(PartnerDetails details) {
        this.designationFr = details.designationFr();
        this.name = new LocalizedText(details.nameFr(), details.nameNl(), details.nameEn());
        this.kind = details.kind();
        this.countryCode = details.countryCode();
        this.continent = details.continent();
        this.timeZone = details.timeZone();
        this.developmentCooperation = details.developmentCooperation();
    }

    /** The partnership ends that day: the partner leaves the active lists and choices, its history stays. */
    void end(LocalDate on, String reason) {
        if (isFormer()) {
            throw new PartnerRefused("partner.refused.alreadyEnded");
        }
        this.endedOn = on;
        this.endReason = reason;
    }

    /** The partnership runs again (a new agreement): the partner is back in the lists and choices. */
    void resume() {
        if (!isFormer()) {
            throw new PartnerRefused("partner.refused.notEnded");
        }
        this.endedOn = null;
        this.endReason = null;
    }

    /** A former partner: the partnership ended. */
    public boolean isFormer() {
        return endedOn != null;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getEndReason() {
        return endReason;
    }

    /** The details as recorded, to correct them. */
    public PartnerDetails getDetails() {
        return new PartnerDetails(designationFr, name.fr(), name.nl(), name.en(), kind, countryCode, continent,
                timeZone, developmentCooperation);
    }

    public String getSlug() {
        return slug;
    }

    public String getDesignationFr() {
        return designationFr;
    }

    /** Partners by their name in the reader's language, with its collation. */
    public static Comparator<Partner> byName(Locale locale) {
        return Comparator.comparing((Partner p) -> p.getName().in(locale), Languages.NAMES)
                .thenComparing(Partner::getSlug);
    }

    /** The attribute holding the name to sort by in the reader's language ({@code sortNameFr}...). */
    public static String sortNameAttribute(Locale locale) {
        String language = Languages.of(locale);
        return "sortName" + Character.toUpperCase(language.charAt(0)) + language.substring(1);
    }

    public LocalizedText getName() {
        return name;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public Continent getContinent() {
        return continent;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public boolean isDevelopmentCooperation() {
        return developmentCooperation;
    }
}
