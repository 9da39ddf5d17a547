package be.brussels.international.coordination.shared;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Countries are stored as ISO 3166-1 codes and shown by their name in the reader's language. */
public final class Countries {

    private Countries() {
    }

    /** Every country by its name in the reader's language: the choices of a form (value: the ISO code). */
    public static List<Choice> choices(Locale locale) {
        Locale language = Languages.supported(Languages.of(locale));
        return CHOICES.computeIfAbsent(language.getLanguage(), code -> {
            Collator collator = Languages.collator(language);
            return Arrays.stream(Locale.getISOCountries()).map(country -> Choice.of(country, name(country, language)))
                    .sorted(Comparator.comparing(Choice::label, collator)).toList();
        });
    }

    /** The choices in each of our languages, made once (some 250 names). */
    private static final Map<String, List<Choice>> CHOICES = new ConcurrentHashMap<>();

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
