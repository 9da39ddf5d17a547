package be.brussels.international.coordination.shared;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A number as people type an amount or a score: ASCII digits, one decimal separator (a comma or a point), and
 * thousands grouped if they like — by spaces in every language ({@code 15 000,50}), and as the application itself
 * writes numbers in the reader's language: {@code 1.250,75} in Dutch, {@code 1,250.75} in English. No sign, no
 * exponent ({@code 1e2}), no other script's digits: {@link BigDecimal} alone would read {@code +5}, {@code 1e2} and
 * {@code １２}.
 * <p>
 * One separator followed by three digits ({@code 1.250}) is the thousands' in the language that groups with it (a
 * thousand two hundred and fifty in Dutch) and the decimal one elsewhere (one and a quarter in English and French,
 * where French groups by spaces).
 */
public final class Amounts {

    private static final String SPACES = " \u00A0\u202F";

    /** Digits in groups of three after the first, by one kind of separator; then, maybe, decimals. */
    private static final String GROUPED = "[0-9]{1,3}(?:%s[0-9]{3})*";

    /** Grouped by spaces or not at all, a comma or a point before the decimals. */
    private static final Pattern SPACED = Pattern.compile(GROUPED.formatted("[" + SPACES + "]?") + "(?:[.,][0-9]+)?");

    private Amounts() {
    }

    /** The amount typed in the language of the request being answered (none: spaces alone group), or null. */
    public static BigDecimal parse(String typed) {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        return parse(typed, context == null ? null : context.getLocale());
    }

    /** The amount typed by a reader of {@code language} (null: spaces alone group), or null when it is not one. */
    public static BigDecimal parse(String typed, Locale language) {
        if (typed == null) {
            return null;
        }
        String text = typed.strip();
        if (text.isEmpty() || text.length() > 40) {
            return null;
        }
        String grouping = language == null ? "" : switch (language.getLanguage()) {
            case "nl" -> ".";
            case "en" -> ",";
            default -> "";
        };
        // As the application writes it in the reader's language first: « 1.250 » is 1 250 in Dutch.
        if (!grouping.isEmpty()) {
            String decimal = grouping.equals(".") ? "," : ".";
            if (Pattern.matches(GROUPED.formatted(Pattern.quote(grouping)) + "(?:" + Pattern.quote(decimal)
                    + "[0-9]+)?", text)) {
                return new BigDecimal(text.replace(grouping, "").replace(decimal, "."));
            }
        }
        if (SPACED.matcher(text).matches()) {
            return new BigDecimal(text.replaceAll("[" + SPACES + "]", "").replace(',', '.'));
        }
        return null;
    }
}
