package be.brussels.international.coordination.event.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import be.brussels.international.coordination.event.EventDetails;
import be.brussels.international.coordination.event.EventKind;
import be.brussels.international.coordination.event.EventStatus;
import be.brussels.international.coordination.event.LargeEvent;
import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.staff.StaffMember;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** What is typed about a large event. */
class EventForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private EventKind kind = EventKind.OTHER;

    @NotBlank
    @Size(max = 300)
    private String titleFr;

    @NotBlank
    @Size(max = 300)
    private String titleNl;

    @NotBlank
    @Size(max = 300)
    private String titleEn;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    @Size(max = 200)
    private String city;

    @Pattern(regexp = "[A-Z]{2}")
    private String countryCode;

    @NotNull
    private EventStatus status = EventStatus.PLANNED;

    @Size(max = 4000)
    private String notes;

    private Set<String> partners = new LinkedHashSet<>();

    private Set<String> staff = new LinkedHashSet<>();

    private long version;

    static EventForm from(LargeEvent event) {
        EventForm form = new EventForm();
        form.kind = event.getKind();
        form.titleFr = event.getTitle().fr();
        form.titleNl = event.getTitle().nl();
        form.titleEn = event.getTitle().en();
        form.startsOn = event.getStartsOn();
        form.endsOn = event.getEndsOn();
        form.city = event.getCity();
        form.countryCode = event.getCountryCode();
        form.status = event.getStatus();
        form.notes = event.getNotes();
        form.partners = event.getPartners().stream().map(Partner::getSlug).collect(Collectors.toSet());
        form.staff = event.getStaff().stream().map(StaffMember::getUsername).collect(Collectors.toSet());
        form.version = event.getVersion();
        return form;
    }

    void validateFor(Errors errors) {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            errors.rejectValue("endsOn", "visit.endsOn.beforeStart");
        }
        if (startsOn != null && (startsOn.getYear() < 2000 || startsOn.getYear() > 2100)) {
            errors.rejectValue("startsOn", "reassignment.effectiveOn.range");
        }
    }

    EventDetails toDetails() {
        return new EventDetails(kind, titleFr, titleNl, titleEn, startsOn, endsOn, city, countryCode, status, notes,
                partners, staff);
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public void setTitleFr(String titleFr) {
        this.titleFr = titleFr;
    }

    public String getTitleNl() {
        return titleNl;
    }

    public void setTitleNl(String titleNl) {
        this.titleNl = titleNl;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode == null ? null : countryCode.toUpperCase(java.util.Locale.ROOT);
    }

    public EventStatus getStatus() {
        return status;
    }

    public void setStatus(EventStatus status) {
        this.status = status;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Set<String> getPartners() {
        return partners;
    }

    public void setPartners(Set<String> partners) {
        this.partners = partners;
    }

    public Set<String> getStaff() {
        return staff;
    }

    public void setStaff(Set<String> staff) {
        this.staff = staff;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
