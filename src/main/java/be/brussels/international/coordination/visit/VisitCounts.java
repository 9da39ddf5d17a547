package be.brussels.international.coordination.visit;

/**
 * How many visits a filter matches in each run of the list (under way today, to come, over), each counted up to
 * a cap: a count equal to the cap means "at least".
 */
record VisitCounts(long underWay, long toCome, long over) {

    long all() {
        return underWay + toCome + over;
    }

    boolean reached(long cap) {
        return underWay >= cap || toCome >= cap || over >= cap;
    }
}
