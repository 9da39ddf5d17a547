package be.brussels.international.coordination.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
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

    /** A line of the rules: a character, then what it becomes, or nothing. */
    private static final Pattern RULE = Pattern.compile("(\\S)(?:[ \\t]+(.*))?");

    /**
     * What PostgreSQL's unaccent puts for each character it changes (its rules, {@code shared/unaccent.rules}, copied
     * from PostgreSQL 17: « É » → « E », « Ł » → « L », « ẞ » → « SS », a non-breaking hyphen → « - »; a combining
     * accent → nothing). A character it leaves, it leaves (a non-breaking space stays one).
     */
    private static final Map<Integer, String> UNACCENTED = unaccentRules();

    /** The name as lists compare it: as the database's {@code lower(f_unaccent(name))} gives it. */
    public static String sortKey(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(name.length());
        name.codePoints().forEach(character -> {
            String replaced = UNACCENTED.get(character);
            if (replaced == null) {
                key.appendCodePoint(Character.toLowerCase(character));
            }
            else {
                replaced.codePoints().forEach(each -> key.appendCodePoint(Character.toLowerCase(each)));
            }
        });
        return key.toString();
    }

    /** Each line: a character, then what it becomes (in quotes when it holds a space), or nothing to delete it. */
    private static Map<Integer, String> unaccentRules() {
        Map<Integer, String> rules = new HashMap<>();
        try (InputStream in = Languages.class.getResourceAsStream("/shared/unaccent.rules")) {
            if (in == null) {
                throw new IllegalStateException("shared/unaccent.rules is missing from the classpath");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Matcher rule = RULE.matcher(line);
                if (rule.matches()) {
                    String replacement = rule.group(2) == null ? "" : rule.group(2).strip();
                    if (replacement.length() >= 2 && replacement.startsWith("\"") && replacement.endsWith("\"")) {
                        replacement = replacement.substring(1, replacement.length() - 1).replace("\"\"", "\"");
                    }
                    rules.put(rule.group(1).codePointAt(0), replacement);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(rules);
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
