package be.brussels.international.coordination.visit;

/** Labels: {@code visit.headLevel.<NAME>} in the message files. */
public enum HeadLevel {
    HEAD_OF_STATE, HEAD_OF_GOVERNMENT, MINISTER, MAYOR_OR_GOVERNOR, PARLIAMENTARIAN, SENIOR_OFFICIAL, OFFICIAL, OTHER
}
