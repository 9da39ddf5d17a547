package be.brussels.international.coordination.communication;

import java.util.Locale;

import be.brussels.international.coordination.shared.PublicUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the messages of a subscription once it is committed, in the language of the page the person used,
 * through the application's SMTP server ({@code coordination.mail.enabled} and {@code spring.mail.*}). The
 * links point to {@link PublicUrl} (what a reverse proxy publishes). A failure is logged, never with a link.
 */
@Component
class NewsletterMail {

    private static final Logger log = LoggerFactory.getLogger(NewsletterMail.class);

    private final ObjectProvider<JavaMailSender> mailSender;

    private final MessageSource messages;

    private final boolean enabled;

    private final String from;

    private final PublicUrl publicUrl;

    NewsletterMail(ObjectProvider<JavaMailSender> mailSender, MessageSource messages,
            @Value("${coordination.mail.enabled:false}") boolean enabled,
            @Value("${coordination.newsletter.from:${coordination.mail.from:coordination@localhost}}") String from,
            PublicUrl publicUrl) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.enabled = enabled;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    @TransactionalEventListener
    void onMessage(NewsletterMessage message) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (!enabled || sender == null) {
            log.warn("Mail is off: a newsletter {} was not sent", message.kind());
            return;
        }
        String base = publicUrl.of("/public/newsletter");
        String link = message.kind() == NewsletterMessage.Kind.CONFIRMATION ? base + "/confirm/" + message.token()
                : base + "/preferences/" + message.subscriberId() + "/" + message.signature();
        String key = "newsletter.mail." + message.kind().name().toLowerCase(Locale.ROOT);
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(message.email());
        mail.setSubject(messages.getMessage(key + ".subject", null, message.locale()));
        mail.setText(messages.getMessage(key + ".body", new Object[] { link }, message.locale()));
        try {
            sender.send(mail);
        }
        catch (MailException e) {
            log.warn("Could not send a newsletter {}: {}", message.kind(), e.getClass().getSimpleName());
        }
    }
}
