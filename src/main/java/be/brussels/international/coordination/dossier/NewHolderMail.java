package be.brussels.international.coordination.dossier;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import be.brussels.international.coordination.shared.Languages;
import be.brussels.international.coordination.shared.OutgoingMail;
import be.brussels.international.coordination.staff.StaffDirectory;
import be.brussels.international.coordination.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells a new holder by e-mail, once the decision is committed, when mail is configured
 * ({@code coordination.mail.enabled=true} and a {@code spring.mail.host}) and the person has an address.
 * Off by default. The message is in French, Dutch and English (we do not know the reader's language). A
 * failure to send is logged and never undoes the decision.
 */
@Component
class NewHolderMail {

    private final OutgoingMail mail;

    private final StaffDirectory staff;

    private final MessageSource messages;

    NewHolderMail(OutgoingMail mail, StaffDirectory staff, MessageSource messages) {
        this.mail = mail;
        this.staff = staff;
        this.messages = messages;
    }

    @TransactionalEventListener
    void onAssigned(HolderAssigned assigned) {
        if (!mail.isOn()) {
            return;
        }
        String to = staff.findByUsername(assigned.username()).map(StaffMember::getEmail).orElse(null);
        if (to == null) {
            return;
        }
        mail.send(to, Languages.SUPPORTED.stream().map(locale -> text("mail.assigned.subject", assigned, locale))
                .distinct().collect(Collectors.joining(" / ")),
                Languages.SUPPORTED.stream().map(locale -> text("mail.assigned.body", assigned, locale))
                        .collect(Collectors.joining("\n\n----\n\n")),
                "the news of dossier " + assigned.dossierCode() + " to " + assigned.username());
    }

    private String text(String key, HolderAssigned assigned, Locale locale) {
        return messages.getMessage(key, new Object[] { assigned.dossierName().in(locale),
                assigned.from().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale)), assigned.decidedBy(),
                assigned.reason(), assigned.dossierCode() }, locale);
    }
}
