package be.brussels.international.coordination.shared;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.format.Formatter;

/**
 * The days anyone may type into any date field: from 1 January 1950 to 31 December 2100. The cell's records
 * need no other (the Region was created in 1989), and a date of year 10 000 written into one event broke
 * every subscriber's calendar feed. Every form reads its dates through {@link #formatter()} (registered for
 * every {@code LocalDate} the web layer converts), so that a date outside them is refused like an impossible
 * one: a message on its field, what was typed kept.
 */
public final class DateBounds {

    public static final LocalDate FIRST = LocalDate.of(1950, 1, 1);

    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private DateBounds() {
    }

    public static boolean contains(LocalDate day) {
        return !day.isBefore(FIRST) && !day.isAfter(LAST);
    }

    /** ISO dates ({@code 2026-12-04}, what a date input sends), within the bounds. */
    public static Formatter<LocalDate> formatter() {
        return new Formatter<>() {
            @Override
            public LocalDate parse(String text, Locale locale) throws ParseException {
                LocalDate day;
                try {
                    day = LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
                }
                catch (DateTimeParseException e) {
                    throw new ParseException(text, e.getErrorIndex());
                }
                if (!contains(day)) {
                    throw new ParseException(text, 0);
                }
                return day;
            }

            @Override
            public String print(LocalDate day, Locale locale) {
                return DateTimeFormatter.ISO_LOCAL_DATE.format(day);
            }
        };
    }
}
