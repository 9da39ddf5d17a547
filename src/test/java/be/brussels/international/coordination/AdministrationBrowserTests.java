package be.brussels.international.coordination;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cell runs itself, in a real browser, from a production start: only {@code admin} has a password (the one
 * of COORDINATION_ADMIN_PASSWORD, see AccountBootstrapTests). The administrator brings in a new attaché, who
 * chooses her password on her one-time link (a weak one refused with the reason) and logs in; she is given
 * Sofia; a new partner is added and assigned, then its partnership ends: it leaves the choices, keeps its page.
 */
@IntegrationTest
class AdministrationBrowserTests {

    private static final String ADMIN_PASSWORD = "grue cendrée au-dessus du canal";

    private static final String HER_PASSWORD = "tournesol violet près du phare";

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    CommittedChanges committed;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.browser();
    }

    /** As after the first start outside demo mode: nobody has a password but admin. */
    @BeforeEach
    void productionStart() {
        committed = CommittedChanges.mark(jdbc);
        jdbc.update("update user_account set password_hash = null where username <> 'admin'");
        jdbc.update("update user_account set password_hash = ? where username = 'admin'",
                encoder.encode(ADMIN_PASSWORD));
    }

    @AfterEach
    void undo() {
        committed.undo();
    }

    @Test
    void theAdministratorBringsInAnAttacheWhoActivatesHerAccountAndAPartnerComesAndGoes() {
        logIn("admin", ADMIN_PASSWORD);
        open("/staff");
        clickAndWait(browser.findElement(By.id("new-arrival")));
        type("firstName", "Amélie");
        type("lastName", "Dupont");
        type("titleFr", "Attachée");
        type("titleNl", "Attaché");
        type("titleEn", "Attaché");
        type("username", "adupont");
        submit("username");
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("compte sont créés");
        String link = browser.findElement(By.id("issued-link-url")).getAttribute("value");
        assertThat(link).startsWith("http://localhost:" + port + "/account/link/");

        browser.manage().deleteAllCookies();
        browser.get(link);
        assertThat(browser.getCurrentUrl()).as("the secret leaves the address bar")
                .isEqualTo("http://localhost:" + port + "/account/link");
        assertThat(heading()).isEqualTo("Activer mon compte");
        type("newPassword", "bruxelles2026");
        type("confirmation", "bruxelles2026");
        submit("newPassword");
        assertThat(browser.findElement(By.id("newPassword-error")).getText())
                .startsWith("Ce mot de passe est trop facile à deviner.");
        type("newPassword", HER_PASSWORD);
        type("confirmation", HER_PASSWORD);
        submit("newPassword");
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("connectez-vous");
        logIn("adupont", HER_PASSWORD);
        assertThat(browser.findElement(By.cssSelector(".user-menu summary")).getText()).isEqualTo("Amélie Dupont");

        logIn("admin", ADMIN_PASSWORD);
        give("sofia", "adupont");
        open("/staff/adupont");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Sofia");

        open("/partners");
        clickAndWait(browser.findElement(By.id("new-partner")));
        type("slug", "porto");
        type("designationFr", "Ville de Porto");
        type("nameFr", "Porto");
        type("nameNl", "Porto");
        type("nameEn", "Porto");
        new Select(browser.findElement(By.id("countryCode"))).selectByValue("PT");
        new Select(browser.findElement(By.id("continent"))).selectByValue("EUROPE");
        new Select(browser.findElement(By.id("timeZone"))).selectByValue("Europe/Lisbon");
        submit("slug");
        assertThat(heading()).startsWith("Porto");
        give("porto", "adupont");

        open("/partners/porto");
        clickAndWait(browser.findElement(By.id("end-partnership")));
        type("reason", "Accord non renouvelé (test)");
        submit("reason");
        assertThat(browser.findElement(By.id("former")).getText()).startsWith("Ancien partenaire depuis le");
        open("/visits/new");
        assertThat(new Select(browser.findElement(By.id("partner"))).getOptions())
                .extracting(option -> option.getAttribute("value")).doesNotContain("porto").contains("sofia");
        open("/partners/porto");
        assertThat(heading()).startsWith("Porto");
    }

    /** The coordinator's decision on the dossier's page: she becomes one of its holders from today. */
    private void give(String dossier, String username) {
        open("/dossiers/" + dossier + "/reassign");
        WebElement add = browser.findElement(By.cssSelector("input[name=kind][value=ADD]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", add);
        new Select(browser.findElement(By.id("successor"))).selectByValue(username);
        ((JavascriptExecutor) browser).executeScript("document.getElementById('effectiveOn').value = arguments[0]",
                LocalDate.now().toString());
        type("reason", "Arrivée dans la Cellule");
        submit("reason");
        assertThat(browser.findElement(By.cssSelector(".alert-success")).isDisplayed()).isTrue();
    }

    private void logIn(String username, String password) {
        browser.manage().deleteAllCookies();
        open("/login");
        type("username", username);
        type("password", password);
        submit("password");
        assertThat(browser.getCurrentUrl()).endsWith("/");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Submits the form of a field, as Enter would, and waits for the next page. */
    private void submit(String fieldId) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.id(fieldId)).submit();
        Chromium.waitUntilGone(browser, page);
    }

    private void clickAndWait(WebElement element) {
        Chromium.clickAndWait(browser, element);
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }
}
