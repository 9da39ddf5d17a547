package be.brussels.international.coordination.communication.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import be.brussels.international.coordination.shared.Brussels;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** When an approved edition goes: a day and a time, Brussels time. */
public class ScheduleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate day;

    @NotNull
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime time = LocalTime.of(9, 0);

    private long version = -1;

    Instant at() {
        return day.atTime(time).atZone(Brussels.ZONE).toInstant();
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
