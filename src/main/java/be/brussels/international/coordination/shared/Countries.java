package be.brussels.international.coordination.shared;

import java.util.Locale;

/** Countries are stored as ISO 3166-1 codes and shown by their name in the reader's language. */
public final class Countries {

    private Countries() {
    }

    /** "CA" → "Canada" in French and English; null or blank → "". */
    public static String name(String countryCode, Locale locale) {
        if (countryCode == null || countryCode.isBlank()) {
            return "";
        }
        return new Locale.Builder().setRegion(countryCode.strip()).build().getDisplayCountry(locale);
    }
}
