package be.brussels.international.coordination.visit;

/** What the visits list is narrowed to; every part optional. */
public record VisitFilter(VisitStatus status, String partnerSlug, Integer year, VisitDirection direction,
        VisitKind kind) {

    public static VisitFilter none() {
        return new VisitFilter(null, null, null, null, null);
    }
}
