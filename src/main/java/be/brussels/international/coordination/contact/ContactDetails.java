package be.brussels.international.coordination.contact;

import java.time.LocalDate;

/** A person at a partner, as typed. */
public record ContactDetails(String name, String function, String organisation, String email, String phone,
        String language, LocalDate fromOn) {
}
