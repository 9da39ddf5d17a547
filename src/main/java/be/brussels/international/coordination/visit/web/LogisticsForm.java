package be.brussels.international.coordination.visit.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

import be.brussels.international.coordination.visit.Logistics;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The logistics typed on the visit page. */
class LogisticsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate arrivalOn;

    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime arrivalAt;

    @Size(max = 200)
    private String arrivalBy;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate departureOn;

    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime departureAt;

    @Size(max = 200)
    private String departureBy;

    @Size(max = 300)
    private String hotel;

    @Size(max = 1000)
    private String transport;

    private boolean escortRequested;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate escortRequestedOn;

    static LogisticsForm from(Logistics logistics) {
        LogisticsForm form = new LogisticsForm();
        form.arrivalOn = logistics.arrivalOn();
        form.arrivalAt = logistics.arrivalAt();
        form.arrivalBy = logistics.arrivalBy();
        form.departureOn = logistics.departureOn();
        form.departureAt = logistics.departureAt();
        form.departureBy = logistics.departureBy();
        form.hotel = logistics.hotel();
        form.transport = logistics.transport();
        form.escortRequested = logistics.escortRequested();
        form.escortRequestedOn = logistics.escortRequestedOn();
        return form;
    }

    void validateFor(Errors errors) {
        if (arrivalOn != null && departureOn != null && departureOn.isBefore(arrivalOn)) {
            errors.rejectValue("departureOn", "visit.departureOn.beforeArrival");
        }
        if (escortRequested && escortRequestedOn == null) {
            errors.rejectValue("escortRequestedOn", "visit.escortRequestedOn.required");
        }
    }

    Logistics toLogistics() {
        return new Logistics(arrivalOn, arrivalAt, arrivalBy, departureOn, departureAt, departureBy, hotel, transport,
                escortRequested, escortRequested ? escortRequestedOn : null);
    }

    public LocalDate getArrivalOn() {
        return arrivalOn;
    }

    public void setArrivalOn(LocalDate arrivalOn) {
        this.arrivalOn = arrivalOn;
    }

    public LocalTime getArrivalAt() {
        return arrivalAt;
    }

    public void setArrivalAt(LocalTime arrivalAt) {
        this.arrivalAt = arrivalAt;
    }

    public String getArrivalBy() {
        return arrivalBy;
    }

    public void setArrivalBy(String arrivalBy) {
        this.arrivalBy = arrivalBy;
    }

    public LocalDate getDepartureOn() {
        return departureOn;
    }

    public void setDepartureOn(LocalDate departureOn) {
        this.departureOn = departureOn;
    }

    public LocalTime getDepartureAt() {
        return departureAt;
    }

    public void setDepartureAt(LocalTime departureAt) {
        this.departureAt = departureAt;
    }

    public String getDepartureBy() {
        return departureBy;
    }

    public void setDepartureBy(String departureBy) {
        this.departureBy = departureBy;
    }

    public String getHotel() {
        return hotel;
    }

    public void setHotel(String hotel) {
        this.hotel = hotel;
    }

    public String getTransport() {
        return transport;
    }

    public void setTransport(String transport) {
        this.transport = transport;
    }

    public boolean isEscortRequested() {
        return escortRequested;
    }

    public void setEscortRequested(boolean escortRequested) {
        this.escortRequested = escortRequested;
    }

    public LocalDate getEscortRequestedOn() {
        return escortRequestedOn;
    }

    public void setEscortRequestedOn(LocalDate escortRequestedOn) {
        this.escortRequestedOn = escortRequestedOn;
    }
}
