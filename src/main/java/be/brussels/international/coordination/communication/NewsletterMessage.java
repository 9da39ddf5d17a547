package be.brussels.international.coordination.communication;

import java.util.Locale;

/**
 * A message about a subscription, sent once the transaction commits: the confirmation a new subscriber must
 * click, or, to an address that already receives the newsletter, a reminder with its preferences.
 */
record NewsletterMessage(Kind kind, String email, Locale locale, String token, long subscriberId,
        String signature) {

    enum Kind {
        CONFIRMATION, ALREADY_SUBSCRIBED
    }

    static NewsletterMessage confirmation(String email, Locale locale, String token) {
        return new NewsletterMessage(Kind.CONFIRMATION, email, locale, token, 0, null);
    }

    static NewsletterMessage alreadySubscribed(String email, Locale locale, long subscriberId, String signature) {
        return new NewsletterMessage(Kind.ALREADY_SUBSCRIBED, email, locale, null, subscriberId, signature);
    }

    /** Never the secrets: this record may end up in a log. */
    @Override
    public String toString() {
        return "NewsletterMessage[" + kind + "]";
    }
}
