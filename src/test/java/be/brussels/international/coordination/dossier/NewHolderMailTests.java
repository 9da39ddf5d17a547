package be.brussels.international.coordination.dossier;

import java.time.LocalDate;

import be.brussels.international.coordination.IntegrationTest;
import be.brussels.international.coordination.shared.LocalizedText;
import be.brussels.international.coordination.staff.StaffDirectory;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The new holder's e-mail, sent to a real SMTP server (GreenMail); off unless configured. */
@IntegrationTest
@Transactional
@WithMockUser(username = "gclerckx", roles = "COORDINATOR")
class NewHolderMailTests {

    private static final HolderAssigned SOFIA = new HolderAssigned("fvandernoot", "sofia",
            new LocalizedText("Sofia", "Sofia", "Sofia"), LocalDate.of(2027, 1, 4), "gclerckx", "Rééquilibrage");

    @Autowired
    StaffDirectory staff;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcTemplate jdbc;

    GreenMail smtp;

    JavaMailSenderImpl sender;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void theNewHolderReceivesAMailInTheThreeLanguages() throws Exception {
        jdbc.update("update staff_member set email = 'florence@example.org' where username = 'fvandernoot'");

        mailer(true).onAssigned(SOFIA);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("florence@example.org");
        assertThat(received[0].getSubject()).isEqualTo("Nouveau dossier : Sofia / Nieuw dossier: Sofia / New dossier: Sofia");
        assertThat(received[0].getContent().toString()).contains("4 janvier 2027", "4 januari 2027", "4 January 2027",
                "gclerckx");
    }

    @Test
    void nothingIsSentWhenMailIsOffOrThePersonHasNoAddress() {
        jdbc.update("update staff_member set email = 'florence@example.org' where username = 'fvandernoot'");
        mailer(false).onAssigned(SOFIA);
        jdbc.update("update staff_member set email = null where username = 'fvandernoot'");
        mailer(true).onAssigned(SOFIA);

        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void anUnreachableServerIsLoggedNotThrown() {
        jdbc.update("update staff_member set email = 'florence@example.org' where username = 'fvandernoot'");
        sender.setPort(1);
        mailer(true).onAssigned(SOFIA);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private NewHolderMail mailer(boolean enabled) {
        ObjectProvider<JavaMailSender> provider = new org.springframework.beans.factory.support.StaticListableBeanFactory(
                java.util.Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class);
        return new NewHolderMail(new be.brussels.international.coordination.shared.OutgoingMail(provider, enabled,
                "coordination@example.org"), staff, messages);
    }
}
