package be.brussels.international.coordination.staff;

import java.time.LocalDate;

import be.brussels.international.coordination.shared.LocalizedText;

/** A person who joins the cell: who they are, their title in the three languages, from when. */
public record Arrival(String username, String firstName, String lastName, LocalizedText title, String email,
        LocalDate startedOn) {
}
