package be.brussels.international.coordination.security;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

import be.brussels.international.coordination.shared.Brussels;
import be.brussels.international.coordination.shared.Languages;
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
 * Sends a person their one-time link, once it is committed, when mail is configured (as {@link
 * be.brussels.international.coordination.dossier} does for new dossiers). In French, Dutch and English. The
 * address of the link is {@link PublicUrl}'s. A
 * failure is logged without the link, and the issuer still has the link on their page to hand it over.
 */
@Component
class AccountLinkMail {

    private static final Logger log = LoggerFactory.getLogger(AccountLinkMail.class);

    private final ObjectProvider<JavaMailSender> mailSender;

    private final MessageSource messages;

    private final boolean enabled;

    private final String from;

    private final PublicUrl publicUrl;

    AccountLinkMail(ObjectProvider<JavaMailSender> mailSender, MessageSource messages,
            @Value("${coordination.mail.enabled:false}") boolean enabled,
            @Value("${coordination.mail.from:coordination@localhost}") String from,
            PublicUrl publicUrl) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.enabled = enabled;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    /** Mail is configured: a person with an address receives their link. */
    boolean canSend() {
        return enabled && mailSender.getIfAvailable() != null;
    }

    /** The address of a one-time link, as the person opens it. */
    String linkUrl(String token) {
        return publicUrl.of("/account/link/" + token);
    }

    @TransactionalEventListener
    void onIssued(AccountLinkIssued issued) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (!enabled || sender == null) {
            return;
        }
        String kind = issued.activation() ? "activation" : "reset";
        Object[] arguments = { linkUrl(issued.token()), null, issued.username() };
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(issued.email());
        mail.setSubject(Languages.SUPPORTED.stream()
                .map(locale -> messages.getMessage("mail.link." + kind + ".subject", null, locale))
                .distinct().collect(Collectors.joining(" / ")));
        mail.setText(Languages.SUPPORTED.stream().map(locale -> {
            arguments[1] = issued.expiresAt().atZone(Brussels.ZONE)
                    .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                            .withLocale(locale));
            return messages.getMessage("mail.link." + kind + ".body", arguments, locale);
        }).collect(Collectors.joining("\n\n----\n\n")));
        try {
            sender.send(mail);
        }
        catch (MailException e) {
            log.warn("Could not send {} their one-time link: {}", issued.username(), e.getClass().getSimpleName());
        }
    }
}
