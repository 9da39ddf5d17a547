package be.brussels.international.coordination.communication;

import java.time.Instant;

/**
 * What an editorial item says: where, when, its title and text, and what it is about — a partner (slug), an event,
 * a visit (ids); each may be null.
 */
public record EditorialDetails(Channel channel, Instant plannedAt, String title, String text, String partner,
        Long event, Long visit) {
}
