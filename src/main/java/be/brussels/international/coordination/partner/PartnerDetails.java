package be.brussels.international.coordination.partner;

/** What the coordinator records of a partner (all but its slug, chosen once): names, kind, place, time zone. */
public record PartnerDetails(String designationFr, String nameFr, String nameNl, String nameEn, PartnerKind kind,
        String countryCode, Continent continent, String timeZone, boolean developmentCooperation) {
}
