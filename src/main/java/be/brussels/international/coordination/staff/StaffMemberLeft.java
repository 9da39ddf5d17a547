package be.brussels.international.coordination.staff;

import java.time.LocalDate;

/** Published when a person is marked as having left the cell; their login is closed in the same transaction. */
public record StaffMemberLeft(String username, LocalDate on) {
}
