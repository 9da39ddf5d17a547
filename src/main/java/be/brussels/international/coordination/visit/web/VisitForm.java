package be.brussels.international.coordination.visit.web;

import java.io.Serializable;
import java.time.LocalDate;

import be.brussels.international.coordination.visit.DelegationVisit;
import be.brussels.international.coordination.visit.HeadLevel;
import be.brussels.international.coordination.visit.VisitDetails;
import be.brussels.international.coordination.visit.VisitDirection;
import be.brussels.international.coordination.visit.VisitKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** What the protocol officer types about a visit. Never the entity: turned into {@link VisitDetails}. */
class VisitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private VisitDirection direction = VisitDirection.INCOMING;

    @NotNull
    private VisitKind kind = VisitKind.WORKING;

    private String partner;

    @Size(max = 200)
    private String origin;

    @NotBlank
    @Size(max = 200)
    private String title;

    @Size(max = 2000)
    private String purpose;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    @Size(max = 200)
    private String headName;

    @Size(max = 200)
    private String headFunction;

    private HeadLevel headLevel;

    @Min(1)
    @Max(1000)
    private Integer delegationSize;

    @Size(max = 2000)
    private String hosts;

    private long version;

    static VisitForm from(DelegationVisit visit) {
        VisitForm form = new VisitForm();
        form.direction = visit.getDirection();
        form.kind = visit.getKind();
        form.partner = visit.getPartner() == null ? null : visit.getPartner().getSlug();
        form.origin = visit.getOrigin();
        form.title = visit.getTitle();
        form.purpose = visit.getPurpose();
        form.startsOn = visit.getStartsOn();
        form.endsOn = visit.getEndsOn();
        form.headName = visit.getHeadName();
        form.headFunction = visit.getHeadFunction();
        form.headLevel = visit.getHeadLevel();
        form.delegationSize = visit.getDelegationSize();
        form.hosts = visit.getHosts();
        form.version = visit.getVersion();
        return form;
    }

    /** Rules across fields, reported next to the field they concern. */
    void validateFor(Errors errors) {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            errors.rejectValue("endsOn", "visit.endsOn.beforeStart");
        }
        if (partner == null && origin == null) {
            errors.rejectValue("origin", "visit.origin.required");
        }
        if (outOfRange(startsOn)) {
            errors.rejectValue("startsOn", "reassignment.effectiveOn.range");
        }
        if (outOfRange(endsOn)) {
            errors.rejectValue("endsOn", "reassignment.effectiveOn.range");
        }
    }

    private static boolean outOfRange(LocalDate date) {
        return date != null && (date.getYear() < 2000 || date.getYear() > 2100);
    }

    VisitDetails toDetails() {
        return new VisitDetails(direction, kind, partner, origin, title, purpose, startsOn, endsOn, headName,
                headFunction, headLevel, delegationSize, hosts);
    }

    public VisitDirection getDirection() {
        return direction;
    }

    public void setDirection(VisitDirection direction) {
        this.direction = direction;
    }

    public VisitKind getKind() {
        return kind;
    }

    public void setKind(VisitKind kind) {
        this.kind = kind;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
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

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public String getHeadFunction() {
        return headFunction;
    }

    public void setHeadFunction(String headFunction) {
        this.headFunction = headFunction;
    }

    public HeadLevel getHeadLevel() {
        return headLevel;
    }

    public void setHeadLevel(HeadLevel headLevel) {
        this.headLevel = headLevel;
    }

    public Integer getDelegationSize() {
        return delegationSize;
    }

    public void setDelegationSize(Integer delegationSize) {
        this.delegationSize = delegationSize;
    }

    public String getHosts() {
        return hosts;
    }

    public void setHosts(String hosts) {
        this.hosts = hosts;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
