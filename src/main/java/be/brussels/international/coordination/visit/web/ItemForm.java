package be.brussels.international.coordination.visit.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

import be.brussels.international.coordination.visit.ItemDetails;
import be.brussels.international.coordination.visit.ProgrammeItem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** A programme item typed on the visit page. */
class ItemForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate day;

    @NotNull
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime startsAt;

    @NotNull
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime endsAt;

    @NotBlank
    @Size(max = 300)
    private String activity;

    @Size(max = 300)
    private String venue;

    @Size(max = 1000)
    private String participants;

    private boolean interpreter;

    private boolean press;

    private boolean escort;

    void validateFor(Errors errors) {
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            errors.rejectValue("endsAt", "visit.item.endsAt.beforeStart");
        }
    }

    ItemDetails toDetails() {
        return new ItemDetails(day, startsAt, endsAt, activity, venue, participants, interpreter, press, escort);
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    public boolean isInterpreter() {
        return interpreter;
    }

    public void setInterpreter(boolean interpreter) {
        this.interpreter = interpreter;
    }

    public boolean isPress() {
        return press;
    }

    public void setPress(boolean press) {
        this.press = press;
    }

    public boolean isEscort() {
        return escort;
    }

    public void setEscort(boolean escort) {
        this.escort = escort;
    }

    /** The form filled with the item as recorded, to correct it. */
    static ItemForm from(ProgrammeItem item) {
        ItemForm form = new ItemForm();
        form.day = item.getDay();
        form.startsAt = item.getStartsAt();
        form.endsAt = item.getEndsAt();
        form.activity = item.getActivity();
        form.venue = item.getVenue();
        form.participants = item.getParticipants();
        form.interpreter = item.isInterpreter();
        form.press = item.isPress();
        form.escort = item.isEscort();
        return form;
    }
}
