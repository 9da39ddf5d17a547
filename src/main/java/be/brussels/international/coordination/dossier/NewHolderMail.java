package be.brussels.international.coordination.dossier;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import be.brussels.international.coordination.shared.Languages;
import be.brussels.international.coordination.staff.StaffDirectory;
import be.brussels.international.coordination.staff.StaffMember;
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
 * Tells a new holder by e-mail, once the decision is committed, when mail is configured
 * ({@code coordination.mail.enabled=true} and a {@code spring.mail.host}) and the person has an address.
 * Off by default. The message is in French, Dutch and English (we do not know the reader's language). A
 * failure to send is logged and never undoes the decision.
 */
@Component
class NewHolderMail {

    private static final Logger log = LoggerFactory.getLogger(NewHolderMail.class);

    private final ObjectProvider<JavaMailSender> mailSender;

    private final StaffDirectory staff;

    private final MessageSource messages;

    private final boolean enabled;

    private final String from;

    NewHolderMail(ObjectProvider<JavaMailSender> mailSender, StaffDirectory staff, MessageSource messages,
            @Value("${coordination.mail.enabled:false}") boolean enabled,
            @Value("${coordination.mail.from:coordination@localhost}") String from) {
        this.mailSender = mailSender;
        this.staff = staff;
        this.messages = messages;
        this.enabled = enabled;
        this.from = from;
    }

    @TransactionalEventListener
    void onAssigned(HolderAssigned assigned) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (!enabled || sender == null) {
            return;
        }
        String to = staff.findByUsername(assigned.username()).map(StaffMember::getEmail).orElse(null);
        if (to == null) {
            return;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(to);
        mail.setSubject(Languages.SUPPORTED.stream().map(locale -> text("mail.assigned.subject", assigned, locale))
                .distinct().collect(Collectors.joining(" / ")));
        mail.setText(Languages.SUPPORTED.stream().map(locale -> text("mail.assigned.body", assigned, locale))
                .collect(Collectors.joining("\n\n----\n\n")));
        try {
            sender.send(mail);
        }
        catch (MailException e) {
            log.warn("Could not tell {} about dossier {}: {}", assigned.username(), assigned.dossierCode(),
                    e.getMessage());
        }
    }

    private String text(String key, HolderAssigned assigned, Locale locale) {
        return messages.getMessage(key, new Object[] { assigned.dossierName().in(locale),
                assigned.from().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale)), assigned.decidedBy(),
                assigned.reason(), assigned.dossierCode() }, locale);
    }
}
