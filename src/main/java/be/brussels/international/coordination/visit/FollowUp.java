package be.brussels.international.coordination.visit;

/** What a completed visit led to. */
public record FollowUp(String outcomes, String nextSteps, boolean thankYouSent) {
}
