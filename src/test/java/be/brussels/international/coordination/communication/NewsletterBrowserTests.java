package be.brussels.international.coordination.communication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.brussels.international.coordination.Chromium;
import be.brussels.international.coordination.CommittedChanges;
import be.brussels.international.coordination.IntegrationTest;
import be.brussels.international.coordination.TestMail;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * « The Brussels globe » end to end, in a real browser and through the tests' SMTP server: a reader subscribes
 * (in Dutch) and confirms from the message received; the communication officer writes an edition in three
 * languages, the coordinator approves and sends it; the reader receives it and leaves in one click as a mail
 * program does (a POST to the List-Unsubscribe address, no page, no cookie); the next edition does not reach them.
 */
@IntegrationTest
class NewsletterBrowserTests {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private static final String READER = "reader.story@example.org";

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GreenMail smtp;

    @Autowired
    Outbox outbox;

    CommittedChanges committed;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.browser();
    }

    @BeforeEach
    void mark() throws Exception {
        committed = CommittedChanges.mark(jdbc);
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void undo() throws Exception {
        committed.undo();
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void aReaderSubscribesConfirmsReceivesAnEditionLeavesInOneClickAndReceivesNothingMore() throws Exception {
        // Subscribing, in Dutch.
        browser.manage().deleteAllCookies();
        open("/public/newsletter?lang=nl");
        type("email", READER);
        check("languages-1");
        uncheck("languages-0");
        check("consent");
        submit("email");
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("bericht", "bevestigen");

        // Confirming from the message.
        List<MimeMessage> received = TestMail.receivedBy(smtp, READER);
        assertThat(received).hasSize(1);
        Matcher confirmation = LINK.matcher(received.get(0).getContent().toString());
        assertThat(confirmation.find()).isTrue();
        browser.get(confirmation.group());
        clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("bevestigd");
        smtp.purgeEmailFromAllMailboxes();

        // The officer writes an edition, the coordinator approves and sends it.
        String edition = writeEdition("Le monde à Bruxelles", "De wereld in Brussel", "The world in Brussels");
        approveAndSend(edition);
        outbox.pass(1000);

        // The reader receives it, in Dutch, with a one-click address.
        received = TestMail.receivedBy(smtp, READER);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("De wereld in Brussel");
        assertThat(received.get(0).getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String unsubscribe = received.get(0).getHeader("List-Unsubscribe", null).replaceAll("^<|>$", "");
        assertThat(unsubscribe).startsWith("http://localhost:" + port + "/public/newsletter/unsubscribe/");

        // One click, as a mail program does it: a POST, no page, no cookie, no token.
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(unsubscribe))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        smtp.purgeEmailFromAllMailboxes();

        // The next edition reaches the others, not them.
        String next = writeEdition("Deuxième numéro", "Tweede nummer", "Second issue");
        approveAndSend(next);
        outbox.pass(1000);
        assertThat(TestMail.receivedBy(smtp, READER)).isEmpty();
        assertThat(jdbc.queryForObject("select status from subscriber where email = ?", String.class, READER))
                .isEqualTo("UNSUBSCRIBED");
    }

    /** As the communication officer: a new edition with one article in three languages; its page's address. */
    private String writeEdition(String fr, String nl, String en) {
        logIn("jmverdin");
        open("/newsletter/editions");
        clickAndWait(browser.findElement(By.id("new-edition")));
        type("subjectFr", fr);
        type("subjectNl", nl);
        type("subjectEn", en);
        submit("subjectFr");
        String page = browser.getCurrentUrl();
        clickAndWait(browser.findElement(By.id("add-article")));
        type("titleFr", "Québec à Bruxelles");
        type("bodyFr", "Une **délégation** du Québec.");
        type("titleNl", "Québec in Brussel");
        type("bodyNl", "Een **delegatie** uit Québec.");
        type("titleEn", "Québec in Brussels");
        type("bodyEn", "A **delegation** from Québec.");
        submit("titleFr");
        assertThat(browser.findElement(By.cssSelector("#articles strong")).getText()).isEqualTo("délégation");
        return page.replaceFirst("#.*$", "");
    }

    private void approveAndSend(String edition) {
        logIn("gclerckx");
        browser.get(edition);
        clickAndWait(browser.findElement(By.id("approve")));
        browser.findElement(By.cssSelector("#state details.confirm-action summary")).click();
        clickAndWait(browser.findElement(By.cssSelector("#state .confirm-action-panel button")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("En cours d’envoi");
    }

    private void logIn(String username) {
        browser.manage().deleteAllCookies();
        open("/login?lang=fr");
        type("username", username);
        type("password", "demo");
        submit("password");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void check(String id) {
        WebElement box = browser.findElement(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
    }

    private void uncheck(String id) {
        WebElement box = browser.findElement(By.id(id));
        if (box.isSelected()) {
            box.click();
        }
    }

    private void submit(String fieldId) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.id(fieldId)).submit();
        Chromium.waitUntilGone(browser, page);
    }

    private void clickAndWait(WebElement element) {
        Chromium.clickAndWait(browser, element);
    }
}
