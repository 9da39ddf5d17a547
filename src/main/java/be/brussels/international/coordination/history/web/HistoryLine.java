package be.brussels.international.coordination.history.web;

import java.time.ZonedDateTime;

/** A change as the reader sees it: when (Brussels time), who, what (public: templates read it). */
public record HistoryLine(ZonedDateTime at, String username, String text) {

    /** For the {@code datetime} attribute of {@code <time>}: ISO 8601 with the offset. */
    public String isoAt() {
        return at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
