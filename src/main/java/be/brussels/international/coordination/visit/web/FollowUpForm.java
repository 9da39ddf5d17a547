package be.brussels.international.coordination.visit.web;

import java.io.Serializable;

import be.brussels.international.coordination.visit.FollowUp;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a completed visit led to. */
class FollowUpForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 4000)
    private String outcomes;

    @Size(max = 4000)
    private String nextSteps;

    private boolean thankYouSent;

    FollowUp toFollowUp() {
        return new FollowUp(outcomes, nextSteps, thankYouSent);
    }

    public String getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(String outcomes) {
        this.outcomes = outcomes;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = nextSteps;
    }

    public boolean isThankYouSent() {
        return thankYouSent;
    }

    public void setThankYouSent(boolean thankYouSent) {
        this.thankYouSent = thankYouSent;
    }
}
