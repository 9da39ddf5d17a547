package be.brussels.international.coordination.shared;

import java.text.Collator;
import java.util.List;
import java.util.Locale;

/**
 * The languages of the user interface. French is the default: any other language falls back to it.
 */
public final class Languages {

    public static final Locale DEFAULT = Locale.FRENCH;

    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.forLanguageTag("nl"), Locale.ENGLISH);

    private Languages() {
    }

    /** The supported language for this code ("nl", "EN", "nl-BE"...), or French when it is not one of ours. */
    public static Locale supported(String code) {
        if (code == null) {
            return DEFAULT;
        }
        String language = Locale.forLanguageTag(code.trim().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(DEFAULT);
    }

    /** The language code ("fr", "nl" or "en") to use for this locale. */
    public static String of(Locale locale) {
        if (locale == null) {
            return DEFAULT.getLanguage();
        }
        // Called for every translated name a page shows: the usual cases without parsing a language tag.
        return switch (locale.getLanguage()) {
            case "fr", "nl", "en" -> locale.getLanguage();
            default -> supported(locale.getLanguage()).getLanguage();
        };
    }

    /**
     * How names are ordered in this language ("Île-de-France" with the I, "Łódź" with the L): accents and
     * capitals count only between names otherwise equal. A new instance (a collator is not thread-safe).
     */
    public static Collator collator(Locale locale) {
        Collator collator = Collator.getInstance(supported(of(locale)));
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }
}
