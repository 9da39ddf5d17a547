package be.brussels.international.coordination.shared;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

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
     * The order of names and titles in every list, those the database sorts and those sorted in memory alike: by
     * the name without its accents, in lower case, character by character — « de Wilde » among the D, « Évrard »
     * among the E, « Łódź » with the L, « Van Waeyenberge » before « Vandernoot » (a space comes before any letter).
     * The key is the database's ({@code sort_key} in queries, partners' {@code sort_name_*} columns:
     * {@code lower(f_unaccent(…))} compared in the C collation), so that a list the database pages through and the same
     * names sorted in memory agree (the reader's collator ignored spaces and hyphens where the database did not).
     */
    public static final Comparator<String> NAMES = Comparator.comparing(Languages::sortKey);

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** The name as lists compare it: as PostgreSQL's unaccent leaves it (for Latin letters), in lower case. */
    public static String sortKey(String name) {
        if (name == null) {
            return "";
        }
        String unmarked = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder key = new StringBuilder(unmarked.length());
        for (int i = 0; i < unmarked.length(); i++) {
            char c = unmarked.charAt(i);
            key.append(switch (c) {
                case 'Ł', 'ł', 'Ŀ', 'ŀ' -> "l";
                case 'Ø', 'ø' -> "o";
                case 'Đ', 'đ', 'Ð', 'ð' -> "d";
                case 'Ħ', 'ħ' -> "h";
                case 'ı' -> "i";
                case 'ß' -> "ss";
                case 'Æ', 'æ' -> "ae";
                case 'Œ', 'œ' -> "oe";
                case 'Þ', 'þ' -> "th";
                case '\u2018', '\u2019' -> "'";
                case '\u201C', '\u201D' -> "\"";
                case '\u2013', '\u2014' -> "-";
                case '«' -> "<<";
                case '»' -> ">>";
                default -> String.valueOf(Character.toLowerCase(c));
            });
        }
        return key.toString();
    }

    /**
     * How the names of one language are ordered where the database has no part in it (the countries):
     * "Île-de-France" with the I; accents and capitals count only between names otherwise equal. A new instance
     * (a collator is not thread-safe).
     */
    public static Collator collator(Locale locale) {
        Collator collator = Collator.getInstance(supported(of(locale)));
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }
}
