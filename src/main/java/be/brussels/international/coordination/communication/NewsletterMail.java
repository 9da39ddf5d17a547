package be.brussels.international.coordination.communication;

import java.util.Locale;

import be.brussels.international.coordination.shared.OutgoingMail;
import be.brussels.international.coordination.shared.PublicUrl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the messages of a subscription once it is committed, in the language of the page the person used,
 * through the application's SMTP server ({@code coordination.mail.enabled} and {@code spring.mail.*}). The
 * links point to {@link PublicUrl} (what a reverse proxy publishes). A failure is logged, never with a link.
 */
@Component
class NewsletterMail {

    private final OutgoingMail mail;

    private final MessageSource messages;

    private final String from;

    private final PublicUrl publicUrl;

    NewsletterMail(OutgoingMail mail, MessageSource messages,
            @Value("${coordination.newsletter.from:${coordination.mail.from:coordination@localhost}}") String from,
            PublicUrl publicUrl) {
        this.mail = mail;
        this.messages = messages;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    @TransactionalEventListener
    void onMessage(NewsletterMessage message) {
        String base = publicUrl.of("/public/newsletter");
        String link = message.kind() == NewsletterMessage.Kind.CONFIRMATION ? base + "/confirm/" + message.token()
                : base + "/preferences/" + message.subscriberId() + "/" + message.signature();
        String key = "newsletter.mail." + message.kind().name().toLowerCase(Locale.ROOT);
        mail.send(from, message.email(), messages.getMessage(key + ".subject", null, message.locale()),
                messages.getMessage(key + ".body", new Object[] { link }, message.locale()),
                "a newsletter " + message.kind());
    }
}
