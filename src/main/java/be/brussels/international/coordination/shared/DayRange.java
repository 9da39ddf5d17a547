package be.brussels.international.coordination.shared;

import java.time.LocalDate;

/** A period of days, both ends included. */
public record DayRange(LocalDate from, LocalDate to) {

    /** The days of this year, or every day when no year is given (a list filtered by year, or not). */
    public static DayRange ofYear(Integer year) {
        return year == null ? new DayRange(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31))
                : new DayRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
