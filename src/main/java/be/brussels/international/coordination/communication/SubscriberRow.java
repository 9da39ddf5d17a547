package be.brussels.international.coordination.communication;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A subscriber as the communication officer's list shows them. */
public record SubscriberRow(long id, String email, String languages, SubscriberStatus status, String consentVersion,
        Instant consentedAt, Instant confirmedAt, Instant unsubscribedAt, String consentBasis, String lists,
        Instant bouncingSince) {

    /** The lists the person is on. */
    public List<Audience> audiences() {
        return Arrays.stream(lists.split(",")).map(Audience::valueOf).toList();
    }
}
