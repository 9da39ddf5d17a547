package be.brussels.international.coordination.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import be.brussels.international.coordination.event.LargeEvent;
import be.brussels.international.coordination.visit.DelegationVisit;

/** A month as the calendar page shows it: weeks from Monday to Sunday, each day with its visits and events. */
public record CalendarMonth(YearMonth month, List<List<Day>> weeks) {

    public record Day(LocalDate date, boolean inMonth, boolean today, List<DelegationVisit> visits,
            List<LargeEvent> events) {
    }

    static CalendarMonth of(YearMonth month, List<DelegationVisit> visits, List<LargeEvent> events, LocalDate today) {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate date = day;
            week.add(new Day(date, YearMonth.from(date).equals(month), date.equals(today), visits.stream()
                    .filter(v -> !date.isBefore(v.getStartsOn()) && !date.isAfter(v.getEndsOn())).toList(),
                    events.stream().filter(e -> !date.isBefore(e.getStartsOn()) && !date.isAfter(e.getEndsOn()))
                            .toList()));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        return new CalendarMonth(month, weeks);
    }

    public LocalDate getFirstDay() {
        return month.atDay(1);
    }

    public String getPrevious() {
        return month.minusMonths(1).toString();
    }

    public String getNext() {
        return month.plusMonths(1).toString();
    }

    /** Monday to Sunday, for the column headings. */
    public List<LocalDate> getWeekDays() {
        return weeks.get(0).stream().map(Day::date).toList();
    }
}
