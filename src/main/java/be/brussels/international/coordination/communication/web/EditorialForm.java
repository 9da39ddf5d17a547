package be.brussels.international.coordination.communication.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import be.brussels.international.coordination.communication.Channel;
import be.brussels.international.coordination.communication.EditorialDetails;
import be.brussels.international.coordination.communication.EditorialItem;
import be.brussels.international.coordination.shared.Brussels;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** An editorial item as typed: channel, day and time (Brussels), title, text, partner concerned. */
public class EditorialForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Channel channel = Channel.WEBSITE;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate day;

    @NotNull
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime time = LocalTime.of(10, 0);

    @NotBlank
    @Size(max = 200)
    private String title;

    @Size(max = 10000)
    private String text;

    @Size(max = 64)
    private String partner;

    private Long event;

    private Long visit;

    private long version = -1;

    static EditorialForm from(EditorialItem item) {
        EditorialForm form = new EditorialForm();
        ZonedDateTime planned = item.getPlannedAt().atZone(Brussels.ZONE);
        form.channel = item.getChannel();
        form.day = planned.toLocalDate();
        form.time = planned.toLocalTime();
        form.title = item.getTitle();
        form.text = item.getText();
        form.partner = item.getPartner() == null ? null : item.getPartner().getSlug();
        form.event = item.getEventId();
        form.visit = item.getVisitId();
        form.version = item.getVersion();
        return form;
    }

    EditorialDetails toDetails() {
        return new EditorialDetails(channel, day.atTime(time).atZone(Brussels.ZONE).toInstant(), title, text,
                partner, event, visit);
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public Long getEvent() {
        return event;
    }

    public void setEvent(Long event) {
        this.event = event;
    }

    public Long getVisit() {
        return visit;
    }

    public void setVisit(Long visit) {
        this.visit = visit;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
