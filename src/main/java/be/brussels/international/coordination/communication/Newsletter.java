package be.brussels.international.coordination.communication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import be.brussels.international.coordination.shared.EmailAddress;
import be.brussels.international.coordination.shared.Refused;
import be.brussels.international.coordination.shared.Secrets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of « The Brussels globe »: anyone subscribes with their address, their languages and their
 * consent; a message asks them to confirm (double opt-in) and nothing else is sent before; they leave in one
 * click from any message, or change their languages. The answer to a subscription is the same whether the
 * address is known or not: what differs goes by e-mail, to the address's owner only.
 */
@Service
@Transactional
public class Newsletter {

    /** The wording of the consent the subscription page shows ({@code newsletter.consent} in the messages). */
    public static final String CONSENT_VERSION = "2026-12";

    public static final List<String> LANGUAGES = List.of("fr", "nl", "en");

    private static final Duration CONFIRMATION_LIFETIME = Duration.ofDays(7);

    /**
     * No second confirmation message to an address within this time: the first one's link keeps working (a new one
     * would make it useless), and nobody can fill a mailbox with them from many network addresses.
     */
    static final Duration CONFIRMATION_PAUSE = Duration.ofMinutes(15);

    /** What a browser's e-mail field accepts: see {@link #isDeliverable}. */
    private static final Pattern DELIVERABLE = Pattern.compile(
            "[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+");

    private final SubscriberRepository subscribers;

    private final SignedLinks links;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Newsletter(SubscriberRepository subscribers, SignedLinks links, ApplicationEventPublisher events, Clock clock) {
        this.subscribers = subscribers;
        this.links = links;
        this.events = events;
        this.clock = clock;
    }

    /** A subscriber's own view of their subscription (the preferences page). */
    public record Subscription(long id, String email, List<String> languages, List<Audience> lists,
            boolean subscribed) {
    }

    /**
     * Someone asks to subscribe {@code email} in those languages, accepting the consent's current wording in
     * {@code locale}. A new or pending address is asked to confirm; a confirmed one is told it already receives
     * the newsletter (with its preferences); a departed one subscribes again only by confirming.
     */
    public void subscribe(String email, List<String> languages, Locale locale) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        if (!isDeliverable(address)) {
            throw new Refused("newsletter.email.invalid").onField("email");
        }
        List<String> chosen = LANGUAGES.stream().filter(languages::contains).toList();
        if (chosen.isEmpty()) {
            throw new Refused("newsletter.languages.none").onField("languages");
        }
        Instant now = clock.instant();
        Subscriber subscriber = subscribers.findByEmail(address).orElse(null);
        if (subscriber != null && subscriber.getStatus() == SubscriberStatus.CONFIRMED) {
            events.publishEvent(NewsletterMessage.alreadySubscribed(address, locale, subscriber.getId(),
                    links.signature(subscriber.getId())));
            return;
        }
        if (subscriber != null && subscriber.isConfirmable(now)
                && subscriber.confirmationExpiresAt().minus(CONFIRMATION_LIFETIME).plus(CONFIRMATION_PAUSE).isAfter(now)) {
            return;
        }
        if (subscriber == null) {
            subscriber = subscribers.save(new Subscriber(address, chosen, CONSENT_VERSION, now));
        }
        else {
            subscriber.consent(chosen, CONSENT_VERSION, now);
        }
        String token = Secrets.random();
        subscriber.awaitConfirmation(Secrets.sha256(token), now.plus(CONFIRMATION_LIFETIME));
        events.publishEvent(NewsletterMessage.confirmation(address, locale, token));
    }

    /** The address a confirmation link is for, while it can be used. */
    @Transactional(readOnly = true)
    public Optional<String> confirmable(String token) {
        return pending(token).map(Subscriber::getEmail);
    }

    /** The subscription is confirmed: the person receives the newsletter from now on. */
    public boolean confirm(String token) {
        Optional<Subscriber> subscriber = pending(token);
        subscriber.ifPresent(each -> each.confirm(clock.instant()));
        return subscriber.isPresent();
    }

    /** The subscription a signed link of a message opens; empty when the signature is not the application's. */
    @Transactional(readOnly = true)
    public Optional<Subscription> subscription(long id, String signature) {
        return signed(id, signature).map(subscriber -> new Subscription(subscriber.getId(), subscriber.getEmail(),
                subscriber.getLanguages(), subscriber.getLists(), subscriber.getStatus() == SubscriberStatus.CONFIRMED));
    }

    /**
     * One click: immediate, kept; true when the link was the application's. From a message of one list
     * ({@code list}, may be null), someone on both lists leaves that one only.
     */
    public boolean unsubscribe(long id, String signature, Audience list) {
        Optional<Subscriber> subscriber = signed(id, signature);
        subscriber.ifPresent(each -> {
            List<Audience> others = each.getLists().stream().filter(other -> other != list).toList();
            if (list != null && !others.isEmpty() && others.size() < each.getLists().size()) {
                each.putOn(others);
            }
            else {
                each.unsubscribe(clock.instant());
            }
        });
        return subscriber.isPresent();
    }

    /**
     * New languages and, for someone on both lists, the lists kept (one can leave a list, never join one here: the
     * staff's list is the communication officer's to fill).
     */
    public void changePreferences(long id, String signature, List<String> languages, List<Audience> lists) {
        Subscriber subscriber = signed(id, signature).orElseThrow(() -> new Refused("newsletter.link.unusable"));
        List<String> chosen = LANGUAGES.stream().filter(languages::contains).toList();
        if (chosen.isEmpty()) {
            throw new Refused("newsletter.languages.none").onField("languages");
        }
        List<Audience> kept = subscriber.getLists().stream().filter(lists::contains).toList();
        if (kept.isEmpty()) {
            throw new Refused("newsletter.lists.none").onField("lists");
        }
        subscriber.changeLanguages(chosen);
        subscriber.putOn(kept);
    }

    /**
     * An address a message can be sent to as it is: the form a browser's e-mail field accepts (letters, digits and
     * {@code .!#$%&'*+/=?^_`{|}~-} before the @, a domain of labels after it) — no markup, no formula, no quote.
     */
    static boolean isDeliverable(String address) {
        return EmailAddress.isValid(address) && DELIVERABLE.matcher(address).matches();
    }

    /** The signature of a subscriber's links, for the messages sent to them. */
    public String signature(long subscriberId) {
        return links.signature(subscriberId);
    }

    private Optional<Subscriber> signed(long id, String signature) {
        return links.isValid(id, signature) ? subscribers.findById(id) : Optional.empty();
    }

    private Optional<Subscriber> pending(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return subscribers.findByConfirmationHash(Secrets.sha256(token))
                .filter(each -> each.isConfirmable(clock.instant()));
    }
}
