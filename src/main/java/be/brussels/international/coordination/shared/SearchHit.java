package be.brussels.international.coordination.shared;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One result of the header search.
 *
 * @param title what was found, in the reader's language
 * @param detail a line that tells it apart (dates, partner, function), never null
 * @param url the page that shows it
 */
public record SearchHit(String title, String detail, String url) {

    /** A date as every page writes it ("12 mars 2027", "12 mrt 2027", "12 Mar 2027": not America's "Mar 12, 2027"). */
    public static String date(LocalDate date, Locale locale) {
        return Dates.medium(date, locale);
    }
}
