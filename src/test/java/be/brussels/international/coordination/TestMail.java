package be.brussels.international.coordination;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server for the integration tests (GreenMail, on a free port of 127.0.0.1): the application's mail
 * goes there, and tests read what arrived for their own addresses.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMail {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail smtpServer() {
        return new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @Bean
    JavaMailSender mailSender(GreenMail smtpServer) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        // Started by its init method before this bean is made (a dependency).
        sender.setPort(smtpServer.getSmtp().getPort());
        return sender;
    }

    /** The messages received so far for that address. */
    public static List<MimeMessage> receivedBy(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
            }
            catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
