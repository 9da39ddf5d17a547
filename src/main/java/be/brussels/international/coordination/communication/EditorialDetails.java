package be.brussels.international.coordination.communication;

import java.time.Instant;

/** What an editorial item says: where, when, its title and text, and the partner concerned (slug, or null). */
public record EditorialDetails(Channel channel, Instant plannedAt, String title, String text, String partner) {
}
