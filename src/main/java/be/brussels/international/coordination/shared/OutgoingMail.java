package be.brussels.international.coordination.shared;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The application's mail: on when {@code coordination.mail.enabled} and an SMTP server ({@code spring.mail.*}) are
 * given, off otherwise — then nothing is sent and nothing fails. Every module sends through it: notifications,
 * one-time links, the newsletter's messages.
 */
@Component
public class OutgoingMail {

    private static final Logger log = LoggerFactory.getLogger(OutgoingMail.class);

    private final ObjectProvider<JavaMailSender> mailSender;

    private final boolean enabled;

    private final String from;

    public OutgoingMail(ObjectProvider<JavaMailSender> mailSender, @Value("${coordination.mail.enabled:false}") boolean enabled,
            @Value("${coordination.mail.from:coordination@localhost}") String from) {
        this.mailSender = mailSender;
        this.enabled = enabled;
        this.from = from;
    }

    /** Mail is switched on and a server is configured. */
    public boolean isOn() {
        return sender().isPresent();
    }

    /** The server's sender, when mail is on. */
    public Optional<JavaMailSender> sender() {
        return enabled ? Optional.ofNullable(mailSender.getIfAvailable()) : Optional.empty();
    }

    /**
     * A plain-text message from the application's address; false when mail is off or the server refused it (logged
     * as {@code what}: never the message, which may hold a secret link).
     */
    public boolean send(String to, String subject, String text, String what) {
        return send(from, to, subject, text, what);
    }

    /** The same from another sender address (the newsletter's). */
    public boolean send(String sentBy, String to, String subject, String text, String what) {
        Optional<JavaMailSender> sender = sender();
        if (sender.isEmpty()) {
            log.warn("Mail is off: {} was not sent", what);
            return false;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(sentBy);
        mail.setTo(to);
        mail.setSubject(subject);
        mail.setText(text);
        try {
            sender.get().send(mail);
            return true;
        }
        catch (MailException e) {
            log.warn("Could not send {}: {}", what, e.getClass().getSimpleName());
            return false;
        }
    }
}
