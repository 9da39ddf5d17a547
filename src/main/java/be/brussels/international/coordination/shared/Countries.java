package be.brussels.international.coordination.shared;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Countries are stored as ISO 3166-1 codes and shown by their name in the reader's language. */
public final class Countries {

    private Countries() {
    }

    /** Every country by its name in the reader's language: the choices of a form (value: the ISO code). */
    public static List<Choice> choices(Locale locale) {
        Collator collator = Languages.collator(locale);
        return Arrays.stream(Locale.getISOCountries()).map(code -> Choice.of(code, name(code, locale)))
                .sorted(Comparator.comparing(Choice::label, collator)).toList();
    }

    /** A country ISO 3166-1 knows. */
    public static boolean isKnown(String countryCode) {
        return countryCode != null && Arrays.asList(Locale.getISOCountries()).contains(countryCode);
    }

    /** "CA" → "Canada" in French and English; null or blank → "". */
    public static String name(String countryCode, Locale locale) {
        if (countryCode == null || countryCode.isBlank()) {
            return "";
        }
        return new Locale.Builder().setRegion(countryCode.strip()).build().getDisplayCountry(locale);
    }
}
