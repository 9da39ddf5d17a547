package be.brussels.international.coordination.visit;

import java.time.LocalDate;
import java.time.LocalTime;

/** An item of a visit's programme; times are local to where it takes place. */
public record ItemDetails(LocalDate day, LocalTime startsAt, LocalTime endsAt, String activity, String venue,
        String participants, boolean interpreter, boolean press, boolean escort) {
}
