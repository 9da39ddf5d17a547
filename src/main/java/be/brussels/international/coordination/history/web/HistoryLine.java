package be.brussels.international.coordination.history.web;

import java.time.ZonedDateTime;

/** A change as the reader sees it: when (Brussels time), who, what (public: templates read it). */
public record HistoryLine(ZonedDateTime at, String username, String text) {
}
