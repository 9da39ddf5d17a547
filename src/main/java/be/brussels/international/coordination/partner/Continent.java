package be.brussels.international.coordination.partner;

/** Labels: {@code partner.continent.<NAME>} in the message files. */
public enum Continent {
    AFRICA, NORTH_AMERICA, SOUTH_AMERICA, ASIA, EUROPE, OCEANIA
}
