package be.brussels.international.coordination.visit;

import java.time.LocalDate;

/**
 * What the protocol officer records about a visit. {@code partnerSlug} names a partner; otherwise
 * {@code origin} says where the delegation comes from (or goes to).
 */
public record VisitDetails(VisitDirection direction, VisitKind kind, String partnerSlug, String origin, String title,
        String purpose, LocalDate startsOn, LocalDate endsOn, String headName, String headFunction,
        HeadLevel headLevel, Integer delegationSize, String hosts) {
}
