package be.brussels.international.coordination.visit;

/** How many visits a filter matches, and how many of them are not over yet. */
record VisitCounts(Long all, Long upcoming) {
}
