package be.brussels.international.coordination.communication;

/** From idea to publication; approval is the coordinator's. Labels: {@code editorial.status.<NAME>}. */
public enum EditorialStatus {
    IDEA, DRAFT, APPROVED, PUBLISHED
}
