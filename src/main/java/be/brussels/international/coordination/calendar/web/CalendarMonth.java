package be.brussels.international.coordination.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.event.LargeEvent;
import be.brussels.international.coordination.shared.Languages;
import be.brussels.international.coordination.visit.DelegationVisit;

/**
 * A month as the calendar page shows it: weeks from Monday to Sunday; in each week, visits and events as bars
 * that span their days (a visit of three days is one bar three days long, not three links), laid out in
 * lanes so that bars never overlap. A bar that goes on beyond the week says so.
 */
public record CalendarMonth(YearMonth month, List<Week> weeks) {

    public record Day(LocalDate date, boolean inMonth, boolean today) {
    }

    /** A visit or an event: where it leads, its title in the reader's language, its dates. */
    /** {@code kind}: visit, event or publication (the bar's class: calendar-visit...). */
    public record Entry(String path, String title, String kind, LocalDate from, LocalDate to) {
    }

    /** One cell of a lane: an entry's bar over {@code span} days, or {@code span} empty days (entry null). */
    public record Cell(int span, Entry entry, boolean continuesBefore, boolean continuesAfter) {
    }

    public record Week(List<Day> days, List<List<Cell>> lanes) {
    }

    static CalendarMonth of(YearMonth month, List<DelegationVisit> visits, List<LargeEvent> events, LocalDate today,
            Locale locale) {
        return of(month, visits, events, List.of(), today, locale);
    }

    /** With the publications of the editorial calendar, each on its day. */
    static CalendarMonth of(YearMonth month, List<DelegationVisit> visits, List<LargeEvent> events,
            List<Entry> publications, LocalDate today, Locale locale) {
        List<Entry> entries = new ArrayList<>(publications);
        visits.forEach(v -> entries.add(new Entry("/visits/" + v.getId(), v.getTitle(), "visit", v.getStartsOn(),
                v.getEndsOn())));
        events.forEach(e -> entries.add(new Entry("/events/" + e.getId(), e.getTitle().in(locale), "event",
                e.getStartsOn(), e.getEndsOn())));
        // The earliest first, the longest first among those starting the same day: long bars on top.
        entries.sort(Comparator.comparing(Entry::from).thenComparing(Entry::to, Comparator.reverseOrder())
                .thenComparing(Entry::title, Languages.NAMES));
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<Week> weeks = new ArrayList<>();
        for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusDays(7)) {
            weeks.add(week(monday, month, entries, today));
        }
        return new CalendarMonth(month, weeks);
    }

    private static Week week(LocalDate monday, YearMonth month, List<Entry> entries, LocalDate today) {
        LocalDate sunday = monday.plusDays(6);
        List<Day> days = new ArrayList<>();
        for (LocalDate day = monday; !day.isAfter(sunday); day = day.plusDays(1)) {
            days.add(new Day(day, YearMonth.from(day).equals(month), day.equals(today)));
        }
        // Each entry of the week in the first lane where its days are free.
        List<Entry[]> lanes = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.to().isBefore(monday) || entry.from().isAfter(sunday)) {
                continue;
            }
            int from = column(entry.from(), monday);
            int to = column(entry.to(), monday);
            Entry[] lane = lanes.stream().filter(l -> free(l, from, to)).findFirst().orElseGet(() -> {
                Entry[] added = new Entry[7];
                lanes.add(added);
                return added;
            });
            for (int column = from; column <= to; column++) {
                lane[column] = entry;
            }
        }
        List<List<Cell>> cells = new ArrayList<>();
        for (Entry[] lane : lanes) {
            cells.add(cells(lane, monday, sunday));
        }
        return new Week(days, cells);
    }

    /** The lane's cells: runs of the same entry, or of free days, each one cell. */
    private static List<Cell> cells(Entry[] lane, LocalDate monday, LocalDate sunday) {
        List<Cell> cells = new ArrayList<>();
        int column = 0;
        while (column < 7) {
            Entry entry = lane[column];
            int end = column;
            while (end + 1 < 7 && lane[end + 1] == entry) {
                end++;
            }
            cells.add(new Cell(end - column + 1, entry, entry != null && entry.from().isBefore(monday),
                    entry != null && entry.to().isAfter(sunday)));
            column = end + 1;
        }
        return cells;
    }

    private static boolean free(Entry[] lane, int from, int to) {
        for (int column = from; column <= to; column++) {
            if (lane[column] != null) {
                return false;
            }
        }
        return true;
    }

    /** The day's column in the week (0 Monday ... 6 Sunday), days outside the week at its edges. */
    private static int column(LocalDate day, LocalDate monday) {
        return (int) Math.max(0, Math.min(6, ChronoUnit.DAYS.between(monday, day)));
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
        return weeks.get(0).days().stream().map(Day::date).toList();
    }
}
