package be.brussels.international.coordination.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.communication.CommunicationRights;
import be.brussels.international.coordination.communication.EditorialCalendar;
import be.brussels.international.coordination.event.Events;
import be.brussels.international.coordination.shared.Brussels;
import be.brussels.international.coordination.visit.Visits;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The month view of visits, and the personal iCal feed (authenticated by its secret, see security). */
@Controller
class CalendarController {

    /** How far back a feed goes: calendar programs keep what they have already received. */
    private static final int FEED_MONTHS_BACK = 12;

    private final Visits visits;

    private final Events events;

    private final CalendarFeed feed;

    private final Clock clock;

    private final EditorialCalendar editorial;

    private final MessageSource messages;

    private final CommunicationRights communication;

    CalendarController(Visits visits, Events events, CalendarFeed feed, Clock clock, EditorialCalendar editorial,
            MessageSource messages, CommunicationRights communication) {
        this.communication = communication;
        this.editorial = editorial;
        this.messages = messages;
        this.visits = visits;
        this.events = events;
        this.feed = feed;
        this.clock = clock;
    }

    /** {@code ?month=2026-12}; a month that does not parse shows the current one. */
    @GetMapping("/calendar")
    String month(@RequestParam(required = false) String month, Locale locale, Model model) {
        LocalDate today = LocalDate.now(clock);
        YearMonth shown = parse(month, YearMonth.from(today));
        LocalDate from = shown.atDay(1).minusDays(7);
        LocalDate to = shown.atEndOfMonth().plusDays(7);
        // A publication opens for who manages the editorial calendar; the others see it without a link they may not
        // follow (the protocol officer's calendar led to « access denied »).
        boolean manages = communication.canManage();
        List<CalendarMonth.Entry> publications = editorial.plannedBetween(from, to).stream()
                .map(item -> new CalendarMonth.Entry(manages ? "/communication/items/" + item.getId() + "/edit" : null,
                        messages.getMessage("editorial.channel." + item.getChannel(), null, locale) + " · "
                                + item.getTitle(), "publication", item.getPlannedAt().atZone(Brussels.ZONE).toLocalDate(),
                        item.getPlannedAt().atZone(Brussels.ZONE).toLocalDate()))
                .toList();
        model.addAttribute("calendar", CalendarMonth.of(shown, visits.forCalendar(from, to), events.between(from, to),
                publications, today, locale));
        return "calendar/month";
    }

    @GetMapping("/calendar/feed/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusMonths(FEED_MONTHS_BACK);
        LocalDate to = LocalDate.of(9999, 12, 31);
        String ics = feed.write(visits.forCalendar(from, to), events.between(from, to), locale);
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .body(ics);
    }

    private static YearMonth parse(String month, YearMonth fallback) {
        if (month == null) {
            return fallback;
        }
        try {
            YearMonth parsed = YearMonth.parse(month.trim());
            return parsed.getYear() >= 2000 && parsed.getYear() <= 2100 ? parsed : fallback;
        }
        catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
