package be.brussels.international.coordination.cooperation.web;

import java.io.Serializable;

import be.brussels.international.coordination.cooperation.ApplicationStatus;

/** The decision on an application, one of the buttons of its row (eligible, rejected...). */
class DecisionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ApplicationStatus status;

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }
}
