package be.brussels.international.coordination.event;

import java.time.LocalDate;
import java.util.Set;

/** What is recorded about a large event; partners by slug, staff by username. */
public record EventDetails(EventKind kind, String titleFr, String titleNl, String titleEn, LocalDate startsOn,
        LocalDate endsOn, String city, String countryCode, EventStatus status, String notes, Set<String> partners,
        Set<String> staff) {
}
