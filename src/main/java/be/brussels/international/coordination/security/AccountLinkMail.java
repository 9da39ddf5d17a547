package be.brussels.international.coordination.security;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import be.brussels.international.coordination.shared.Brussels;
import be.brussels.international.coordination.shared.Languages;
import be.brussels.international.coordination.shared.OutgoingMail;
import be.brussels.international.coordination.shared.PublicUrl;
import org.springframework.context.MessageSource;
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

    private final OutgoingMail mail;

    private final MessageSource messages;

    private final PublicUrl publicUrl;

    AccountLinkMail(OutgoingMail mail, MessageSource messages, PublicUrl publicUrl) {
        this.mail = mail;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    /** Mail is configured: a person with an address receives their link. */
    boolean canSend() {
        return mail.isOn();
    }

    /** The address of a one-time link, as the person opens it. */
    String linkUrl(String token) {
        return publicUrl.of("/account/link/" + token);
    }

    @TransactionalEventListener
    void onIssued(AccountLinkIssued issued) {
        if (!mail.isOn()) {
            return;
        }
        String kind = issued.activation() ? "activation" : "reset";
        Object[] arguments = { linkUrl(issued.token()), null, issued.username() };
        mail.send(issued.email(), Languages.SUPPORTED.stream()
                .map(locale -> messages.getMessage("mail.link." + kind + ".subject", null, locale))
                .distinct().collect(Collectors.joining(" / ")),
                Languages.SUPPORTED.stream().map(locale -> {
                    arguments[1] = issued.expiresAt().atZone(Brussels.ZONE)
                            .format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale));
                    return messages.getMessage("mail.link." + kind + ".body", arguments, locale);
                }).collect(Collectors.joining("\n\n----\n\n")),
                issued.username() + " their one-time link");
    }
}
