package be.brussels.international.coordination.portfolio;

import java.time.LocalDate;
import java.util.Arrays;

import be.brussels.international.coordination.agreement.AgreementStatus;

/**
 * One line of a partner's timeline.
 *
 * @param source NOTE, VISIT, AGREEMENT or DECISION
 * @param code the note's kind, the visit's status, the agreement event's kind or status, the decision's kind
 * @param title what it is about (a visit's title, an agreement's title in French, Dutch and English...)
 * @param text free text (a note's summary, a reason)
 * @param link where to read more, or null
 */
public record TimelineEntry(LocalDate on, String source, String code, String titleFr, String titleNl, String titleEn,
        String text, String who, String link) {

    /** The message key of what kind of line it is: a note's kind, a visit's status, an agreement's event... */
    public String kindKey() {
        return switch (source) {
            case "NOTE" -> "note.kind." + code;
            case "VISIT" -> "visit.status." + code;
            case "EVENT" -> "event.kind." + code;
            // An agreement's line is its new status, or what happened when the status did not change.
            case "AGREEMENT" -> Arrays.stream(AgreementStatus.values()).anyMatch(status -> status.name().equals(code))
                    ? "agreement.status." + code : "agreement.event." + code;
            default -> "reassignment.kind." + code;
        };
    }

    public String title(java.util.Locale locale) {
        return switch (be.brussels.international.coordination.shared.Languages.of(locale)) {
            case "nl" -> titleNl;
            case "en" -> titleEn;
            default -> titleFr;
        };
    }
}
