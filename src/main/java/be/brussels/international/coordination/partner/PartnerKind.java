package be.brussels.international.coordination.partner;

/** What kind of authority a partner is. Labels: {@code partner.kind.<NAME>} in the message files. */
public enum PartnerKind {
    CITY, CITY_PROVINCE, REGION, PROVINCE, PREFECTURE, WILAYA, FEDERAL_DISTRICT, VOIVODESHIP, METROPOLIS, DISTRICT,
    COUNTRY
}
