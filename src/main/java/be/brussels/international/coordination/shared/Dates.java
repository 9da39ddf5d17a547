package be.brussels.international.coordination.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A date written in Java code (a refusal's message, a line of history) as the templates write it
 * ({@code format.date}: « 4 janv. 2027 », French writing the first of the month « 1er déc. 2026 »).
 */
public final class Dates {

    private Dates() {
    }

    /** 28 nov. 2026, 1er déc. 2026, 28 nov 2026, 28 Nov 2026; null → "". */
    public static String medium(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        String text = date.format(DateTimeFormatter.ofPattern("d MMM yyyy", locale));
        return "fr".equals(locale.getLanguage()) && date.getDayOfMonth() == 1 ? "1er" + text.substring(1) : text;
    }
}
