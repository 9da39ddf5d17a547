package be.brussels.international.coordination.shared;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A number as people type an amount or a score: ASCII digits, spaces between thousands if they like
 * ({@code 15 000,50}), one decimal separator, a comma or a point. No sign, no exponent ({@code 1e2}), no
 * other script's digits: {@link BigDecimal} alone would read {@code +5}, {@code 1e2} and {@code １２}.
 */
public final class Amounts {

    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,3}(?:[ \\u00A0\\u202F]?[0-9]{3})*(?:[.,][0-9]+)?");

    private Amounts() {
    }

    /** The amount typed, or null when it is not one (blank included). */
    public static BigDecimal parse(String typed) {
        if (typed == null) {
            return null;
        }
        String text = typed.strip();
        if (text.isEmpty() || text.length() > 40 || !AMOUNT.matcher(text).matches()) {
            return null;
        }
        return new BigDecimal(text.replaceAll("[ \\u00A0\\u202F]", "").replace(',', '.'));
    }
}
