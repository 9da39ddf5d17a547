package be.brussels.international.coordination;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The screenshots of docs/screenshots, taken from a running demo application (docs/screenshots/make.sh
 * starts one): the home page of each role, a partner's page and a visit's page, in French at 1280×800 and in
 * Dutch at 1024×768, as a person sees them on arrival (the top of the page).
 *
 * <p>{@code java ... Screenshots http://localhost:18080 docs/screenshots}
 */
public final class Screenshots {

    /** Who, which page, under which name. {visit} is the Québec mission of the demo cell. */
    private static final List<String[]> SHOTS = List.of(
            new String[] { "gclerckx", "/", "home-coordinator" },
            new String[] { "fvandernoot", "/", "home-attache" },
            new String[] { "wvanwaeyenberge", "/", "home-protocol" },
            new String[] { "admin", "/", "home-admin" },
            new String[] { "fvandernoot", "/partners/quebec", "partner-quebec" },
            new String[] { "wvanwaeyenberge", "/visits/{visit}", "visit-quebec" });

    private Screenshots() {
    }

    public static void main(String[] arguments) throws IOException {
        String base = arguments[0];
        Path directory = Path.of(arguments[1]);
        Files.createDirectories(directory);
        WebDriver browser = Chromium.browser();
        String visit = null;
        for (String[] language : new String[][] { { "fr", "1280", "800" }, { "nl", "1024", "768" } }) {
            // The page's own size (the viewport), whatever the window around it.
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width",
                    Integer.parseInt(language[1]), "height", Integer.parseInt(language[2]), "deviceScaleFactor", 1,
                    "mobile", false));
            String signedIn = null;
            for (String[] shot : SHOTS) {
                if (!shot[0].equals(signedIn)) {
                    logIn(browser, base, shot[0], language[0]);
                    signedIn = shot[0];
                }
                if (shot[1].contains("{visit}") && visit == null) {
                    browser.get(base + "/visits?size=50");
                    visit = browser.findElements(By.cssSelector("#visit-list tbody a")).stream()
                            .filter(link -> link.getText().startsWith("Mission économique du Québec")).findFirst()
                            .orElseThrow(() -> new IllegalStateException("No demo visit from Québec"))
                            .getAttribute("href").replaceFirst(".*/visits/", "");
                }
                browser.get(base + shot[1].replace("{visit}", String.valueOf(visit)));
                Path file = directory.resolve(shot[2] + "-" + language[0] + ".png");
                Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), file,
                        StandardCopyOption.REPLACE_EXISTING);
                System.out.println(file);
            }
        }
        browser.quit();
        System.exit(0);
    }

    /** Signs in with the demo password, in the language asked (kept for the session). */
    private static void logIn(WebDriver browser, String base, String username, String language) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/login?lang=" + language);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        Chromium.clickAndWait(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
    }
}
