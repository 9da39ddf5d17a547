package be.brussels.international.coordination.staff;

/** A person joined the cell (published in the transaction that records it). */
public record StaffMemberArrived(String username) {
}
