package be.brussels.international.coordination;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium, started once for all the browser tests of the JVM and stopped when it ends.
 * Browser tests are skipped when Chromium is not installed, unless REQUIRE_BROWSER_TESTS=true (CI), where its
 * absence fails.
 */
public final class Chromium {

    private static final File CHROMIUM = new File("/usr/bin/chromium");

    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private static WebDriver browser;

    private Chromium() {
    }

    /** The shared browser, started on first use (or the test is skipped when there is none). */
    public static synchronized WebDriver browser() {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!"true".equals(System.getenv("REQUIRE_BROWSER_TESTS"))) {
            assumeTrue(installed, "Chromium and chromedriver are not installed: browser tests skipped");
        }
        assertThat(installed).as("/usr/bin/chromium and /usr/bin/chromedriver are installed").isTrue();
        if (browser == null) {
            browser = start();
        }
        return browser;
    }

    private static WebDriver start() {
        try {
            Path profile = Files.createTempDirectory("coordination-chromium");
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                    .usingAnyFreePort().build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--window-size=1280,1200", "--user-data-dir=" + profile,
                    // Bootstrap scrolls smoothly (to a page's #section, to an element): a click aimed while the page
                    // still moves lands beside its button, and the test waits for a page that never comes.
                    "--force-prefers-reduced-motion");
            WebDriver started = new ChromeDriver(service, options);
            started.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.quit();
                service.stop();
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
                catch (IOException ignored) {
                    // A temporary directory left behind.
                }
            }));
            return started;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Logs in with the demo password, from a browser without cookies. */
    public static void logIn(WebDriver browser, int port, String username) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        clickAndWait(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.getCurrentUrl()).endsWith("/");
    }

    /** Clicks a link or button that loads another page, and waits until that page has replaced this one. */
    public static void clickAndWait(WebDriver browser, WebElement element) {
        WebElement page = browser.findElement(By.tagName("html"));
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
        waitUntilGone(browser, page);
    }

    /** The old page's root element no longer belongs to the document (Chromium says so in two ways). */
    public static void waitUntilGone(WebDriver browser, WebElement page) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).pollingEvery(Duration.ofMillis(50)).until(driver -> {
            try {
                page.isEnabled();
                return false;
            }
            catch (WebDriverException gone) {
                return true;
            }
        });
    }
}
