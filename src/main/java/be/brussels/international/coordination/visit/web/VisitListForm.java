package be.brussels.international.coordination.visit.web;

import java.io.Serializable;

import be.brussels.international.coordination.visit.VisitDirection;
import be.brussels.international.coordination.visit.VisitFilter;
import be.brussels.international.coordination.visit.VisitKind;
import be.brussels.international.coordination.visit.VisitStatus;

/** The filters of the visits list, from the query string (bookmarkable). */
class VisitListForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private VisitStatus status;

    private String partner;

    private Integer year;

    private VisitDirection direction;

    private VisitKind kind;

    VisitFilter toFilter() {
        Integer sensibleYear = year != null && year >= 2000 && year <= 2100 ? year : null;
        return new VisitFilter(status, partner, sensibleYear, direction, kind);
    }

    public boolean isActive() {
        return status != null || partner != null || year != null || direction != null || kind != null;
    }

    public VisitStatus getStatus() {
        return status;
    }

    public void setStatus(VisitStatus status) {
        this.status = status;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
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
}
