package be.brussels.international.coordination.visit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Embeddable;

/**
 * How the delegation travels and stays: arrival and departure (date, time, flight or train), hotel,
 * transport, and the security escort requested from the federal crisis centre.
 */
@Embeddable
public record Logistics(LocalDate arrivalOn, LocalTime arrivalAt, String arrivalBy, LocalDate departureOn,
        LocalTime departureAt, String departureBy, String hotel, String transport, boolean escortRequested,
        LocalDate escortRequestedOn) {

    /** The crisis centre needs this many working days between the request and the arrival. */
    static final int ESCORT_NOTICE_WORKING_DAYS = 2;

    public static Logistics none() {
        return new Logistics(null, null, null, null, null, null, null, null, false, null);
    }

    /**
     * An escort requested less than two working days (Monday to Friday; public holidays are not known here)
     * before the arrival (or the visit's first day when the arrival is not known yet): a warning for the
     * protocol officer, not an error.
     */
    boolean isEscortNoticeShort(LocalDate visitStart) {
        LocalDate arrival = arrivalOn != null ? arrivalOn : visitStart;
        if (!escortRequested || escortRequestedOn == null || arrival == null) {
            return false;
        }
        int workingDays = 0;
        for (LocalDate day = escortRequestedOn.plusDays(1); day.isBefore(arrival); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                workingDays++;
            }
        }
        return workingDays < ESCORT_NOTICE_WORKING_DAYS;
    }
}
