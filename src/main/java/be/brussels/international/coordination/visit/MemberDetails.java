package be.brussels.international.coordination.visit;

/** A member of a delegation; {@code precedence} 1 is the first in protocol order. */
public record MemberDetails(String name, String title, String organisation, int precedence, String languageNeeds,
        String dietaryNeeds, String notes) {
}
