package be.brussels.international.coordination.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import be.brussels.international.coordination.Chromium;
import be.brussels.international.coordination.CommittedChanges;
import be.brussels.international.coordination.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * axe-core (the npm package, {@code npm ci --prefix src/test/axe}) run in Chromium on every page of the
 * application, in French and in Dutch: no serious or critical violation. And the keyboard alone reaches the
 * main content and the forms, with a visible focus. Skipped without axe-core or Chromium, unless
 * REQUIRE_BROWSER_TESTS=true (CI), where their absence fails.
 */
@IntegrationTest
class AccessibilityBrowserTests {

    private static final Path AXE = Path.of("src/test/axe/node_modules/axe-core/axe.min.js");

    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
               .then(results => done(results.violations
                   .filter(v => v.impact === 'serious' || v.impact === 'critical')
                   .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' — '
                        + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
               .catch(error => done(['axe failed: ' + error]));""";

    /**
     * The contrast of every badge and button (WCAG 2.1, 1.4.3: 4.5:1 for their small text), measured on its
     * own colours: axe leaves a text on a transparent background "to review" rather than failing it, which
     * let white status badges on white through.
     */
    private static final String BADGE_CONTRAST = """
            const rgba = text => (text.match(/[\\d.]+/g) || []).map(Number);
            const luminance = ([r, g, b]) => [r, g, b].map(c => c / 255)
                .map(c => c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4))
                .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
            const background = element => {
                for (let e = element; e; e = e.parentElement) {
                    const color = rgba(getComputedStyle(e).backgroundColor);
                    if (color.length === 3 || color[3] > 0) return color;
                }
                return [255, 255, 255];
            };
            return [...document.querySelectorAll('.badge, .btn')]
                .filter(e => e.offsetParent !== null && e.textContent.trim() !== '')
                .map(e => {
                    const fg = luminance(rgba(getComputedStyle(e).color));
                    const bg = luminance(background(e));
                    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
                    return ratio < 4.5 ? 'contrast ' + ratio.toFixed(2) + ':1 of «' + e.textContent.trim()
                        + '» (' + e.className + ')' : null;
                })
                .filter(found => found !== null);""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    private WebDriver browser;

    private String axe;

    private CommittedChanges committed;

    @BeforeEach
    void start() throws IOException {
        boolean installed = Files.isReadable(AXE);
        if (!"true".equals(System.getenv("REQUIRE_BROWSER_TESTS"))) {
            assumeTrue(installed, "axe-core is not installed (npm ci --prefix src/test/axe): skipped");
        }
        assertThat(installed).as(AXE + " (npm ci --prefix src/test/axe)").isTrue();
        axe = Files.readString(AXE);
        browser = Chromium.browser();
        committed = CommittedChanges.mark(jdbc);
    }

    @AfterEach
    void undo() {
        if (committed != null) {
            committed.undo();
        }
    }

    @Test
    void everyPageHasNoSeriousOrCriticalAccessibilityViolation() {
        Map<String, Object> records = records();
        List<String> pages = List.of("/", "/search?q=quebec", "/partners", "/partners/quebec",
                "/partners/quebec/timeline", "/partners/quebec/history", "/staff", "/staff/fvandernoot",
                "/staff/fvandernoot/history", "/staff/pgerard/handover", "/workload", "/dossiers/quebec",
                "/dossiers/quebec/history", "/dossiers/sofia/reassign?holder=pgerard", "/visits", "/visits/new",
                "/visits/" + records.get("visit"), "/visits/" + records.get("visit") + "/edit", "/gifts", "/attention",
                "/visits/" + records.get("visit") + "/history", "/agreements/" + records.get("agreement") + "/history",
                "/visits/" + records.get("visit") + "/members/" + records.get("member") + "/edit",
                "/visits/" + records.get("visit") + "/programme/" + records.get("item") + "/edit",
                "/visits/" + records.get("visit") + "/interpreters/" + records.get("interpreter") + "/edit",
                "/visits/" + records.get("visit") + "/gifts/" + records.get("gift") + "/edit",
                "/partners/quebec/contacts/" + records.get("contact") + "/edit",
                "/partners/quebec/notes/" + records.get("note") + "/edit",
                "/agreements/" + records.get("agreement") + "/life/" + records.get("life") + "/edit",
                "/calendar", "/agreements", "/agreements/new", "/agreements/" + records.get("agreement"),
                "/agreements/" + records.get("agreement") + "/edit", "/events", "/events/new",
                "/events/" + records.get("event"), "/events/" + records.get("event") + "/edit", "/calls",
                "/calls/new", "/calls/summary", "/calls/" + records.get("call"), "/projects/" + records.get("project"),
                "/no-such-page", "/staff/new", "/account/password", "/partners/new", "/partners/quebec/edit",
                "/partners/quebec/end", "/dossiers/new", "/dossiers/world-expos/edit", "/dossiers/world-expos/retire",
                "/newsletter/subscribers", "/newsletter/subscribers/import", "/communication/calendar",
                "/communication/items/new", "/newsletter/editions", "/newsletter/editions/new",
                "/newsletter/editions/" + records.get("edition"), "/newsletter/editions/" + records.get("edition") + "/edit",
                "/newsletter/editions/" + records.get("edition") + "/articles/new");
        List<String> violations = new ArrayList<>();
        browser.manage().deleteAllCookies();
        violations.addAll(check("/login"));
        violations.addAll(check("/account/link/no-such-link"));
        violations.addAll(check("/public/newsletter"));
        violations.addAll(check("/public/newsletter/confirm/no-such-token"));
        violations.addAll(check("/public/newsletter/archive"));
        Chromium.logIn(browser, port, "gclerckx");
        for (String page : pages) {
            violations.addAll(check(page));
        }
        Chromium.logIn(browser, port, "admin");
        for (String page : List.of("/admin/accounts", "/admin/accounts/pgerard")) {
            violations.addAll(check(page));
        }
        Chromium.logIn(browser, port, "gclerckx");
        for (String page : List.of("/?lang=nl", "/partners/quebec", "/visits/" + records.get("visit"), "/?lang=fr")) {
            violations.addAll(check(page));
        }
        assertThat(violations).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void theKeyboardAloneSkipsToTheContentAndFillsAFormWithAVisibleFocus() {
        Chromium.logIn(browser, port, "wvanwaeyenberge");
        browser.get("http://localhost:" + port + "/visits/new");
        WebElement body = browser.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        WebElement first = browser.switchTo().activeElement();
        assertThat(first.getAttribute("href")).as("the first Tab stop skips to the content").endsWith("#main");
        assertThat(hasVisibleFocus(first)).as("the skip link shows where the focus is").isTrue();

        first.sendKeys(Keys.ENTER);
        WebElement field = null;
        for (int i = 0; i < 40 && field == null; i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement active = browser.switchTo().activeElement();
            if ("title".equals(active.getAttribute("id"))) {
                field = active;
            }
        }
        assertThat(field).as("Tab reaches the title field of the visit form").isNotNull();
        assertThat(hasVisibleFocus(field)).as("the focused field shows it").isTrue();
        assertThat(browser.findElements(By.cssSelector("label[for=title]"))).as("the field has a label").hasSize(1);
    }

    @Test
    void aPersonLogsInAndAddsANoteOnAPartnerWithTheKeyboardAlone() {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        // The browser gives the autofocus field its focus at its next rendering after the load (HTML: « flush autofocus
        // candidates »), not always before get() returns: waited for, up to a bound, not assumed done.
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5)).until(
                driver -> "username".equals(driver.switchTo().activeElement().getAttribute("id")));
        WebElement username = browser.switchTo().activeElement();
        assertThat(username.getAttribute("id")).as("the username has the focus at once").isEqualTo("username");
        username.sendKeys("fvandernoot");
        WebElement password = tabTo("the password", element -> "password".equals(element.getAttribute("id")));
        pressAndWait(password, "demo" + Keys.ENTER);
        assertThat(browser.getCurrentUrl()).endsWith("/");

        browser.get("http://localhost:" + port + "/partners/quebec");
        WebElement add = tabTo("the note's disclosure", element -> element.getTagName().equals("summary")
                && element.getText().equals(message("note.new")));
        add.sendKeys(Keys.ENTER);
        WebElement kind = tabTo("the note's kind", element -> "note-kind".equals(element.getAttribute("id")));
        kind.sendKeys(message("note.kind.MEETING"));
        assertThat(new Select(kind).getFirstSelectedOption().getText()).isEqualTo(message("note.kind.MEETING"));
        WebElement summary = tabTo("the summary", element -> "note-summary".equals(element.getAttribute("id")));
        summary.sendKeys("Réunion préparatoire, tapée au clavier");
        WebElement submit = tabTo("the add button", element -> "add-note".equals(element.getAttribute("id")));
        pressAndWait(submit, Keys.ENTER);

        assertThat(browser.findElement(By.id("note-list")).getText()).contains("Réunion préparatoire, tapée au clavier");
        assertThat(jdbc.queryForObject("select kind from partner_note where summary = ?", String.class,
                "Réunion préparatoire, tapée au clavier")).isEqualTo("MEETING");
    }

    @Test
    void theCoordinatorReassignsADossierWithTheKeyboardAlone() {
        Chromium.logIn(browser, port, "gclerckx");
        browser.get("http://localhost:" + port + "/dossiers/sofia");
        WebElement reassign = tabTo("the reassign link", element -> "reassign".equals(element.getAttribute("id")));
        pressAndWait(reassign, Keys.ENTER);

        WebElement replace = tabTo("the kind of decision", element -> "radio".equals(element.getAttribute("type")));
        assertThat(replace.isSelected()).as("replacing is chosen already").isTrue();
        WebElement holder = tabTo("the holder", element -> "holder".equals(element.getAttribute("id")));
        holder.sendKeys("Pierre");
        assertThat(new Select(holder).getFirstSelectedOption().getAttribute("value")).isEqualTo("pgerard");
        WebElement successor = tabTo("the successor", element -> "successor".equals(element.getAttribute("id")));
        successor.sendKeys("Florence");
        assertThat(new Select(successor).getFirstSelectedOption().getAttribute("value")).isEqualTo("fvandernoot");
        WebElement reason = tabTo("the reason", element -> "reason".equals(element.getAttribute("id")));
        reason.sendKeys("Rééquilibrage au clavier");
        WebElement submit = tabTo("the submit button", element -> "submit".equals(element.getAttribute("type")));
        pressAndWait(submit, Keys.ENTER);

        assertThat(browser.getCurrentUrl()).endsWith("/dossiers/sofia");
        assertThat(jdbc.queryForObject("select count(*) from reassignment where reason = ?", Integer.class,
                "Rééquilibrage au clavier")).isEqualTo(1);
        assertThat(jdbc.queryForList("""
                select s.username from assignment a join staff_member s on s.id = a.staff_member_id
                join dossier d on d.id = a.dossier_id where d.code = 'sofia' and a.annulled_by_id is null
                and a.valid_from <= ? and (a.valid_to is null or a.valid_to > ?)""",
                // The application's day (Brussels), which the form proposes; not the database's (UTC).
                String.class, LocalDate.now(clock), LocalDate.now(clock)))
                .contains("fvandernoot").doesNotContain("pgerard");
    }

    @Test
    void theHeaderSearchsSuggestionsAreAccessibleAndReachedWithTheKeyboard() {
        Chromium.logIn(browser, port, "pgerard");
        WebElement box = browser.findElement(By.id("header-search"));
        box.sendKeys("quebec");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(driver -> !driver.findElements(By.cssSelector("#search-suggestions a.suggestion")).isEmpty());

        assertThat(checkShown("/ (suggestions for quebec)")).as("serious or critical violations").isEmpty();
        WebElement first = tabTo("the first suggestion", element -> element.getAttribute("class") != null
                && element.getAttribute("class").contains("suggestion"));
        assertThat(first.getText()).isNotBlank();
        pressAndWait(first, Keys.ENTER);
        assertThat(browser.getCurrentUrl()).doesNotEndWith("/");
    }

    /**
     * Presses Tab until the focused element is the one wanted, and checks that it shows its focus.
     * Fails after 80 presses: the element cannot be reached with the keyboard.
     */
    private WebElement tabTo(String description, java.util.function.Predicate<WebElement> wanted) {
        for (int i = 0; i < 80; i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement active = browser.switchTo().activeElement();
            if (wanted.test(active)) {
                assertThat(hasVisibleFocus(active)).as("%s shows its focus", description).isTrue();
                return active;
            }
        }
        throw new AssertionError("Tab never reaches " + description);
    }

    /** Presses keys that submit a form or follow a link, and waits for the next page. */
    private void pressAndWait(WebElement element, CharSequence keys) {
        WebElement page = browser.findElement(By.tagName("html"));
        element.sendKeys(keys);
        Chromium.waitUntilGone(browser, page);
    }

    private String message(String key) {
        return messages.getMessage(key, null, java.util.Locale.FRENCH);
    }

    private boolean hasVisibleFocus(WebElement element) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript("""
                const style = getComputedStyle(arguments[0]);
                return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
                    || (style.boxShadow && style.boxShadow !== 'none');""", element);
    }

    private List<String> check(String page) {
        browser.get("http://localhost:" + port + page);
        return checkShown(page);
    }

    /** Runs axe on the page as it is now (after typing, say), without loading it again. */
    private List<String> checkShown(String page) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript(axe);
        @SuppressWarnings("unchecked")
        List<String> found = new ArrayList<>((List<String>) script.executeAsyncScript(RUN_AXE));
        @SuppressWarnings("unchecked")
        List<String> lowContrast = (List<String>) script.executeScript(BADGE_CONTRAST);
        found.addAll(lowContrast);
        // An id given twice: a label, a summary's link or aria-labelledby names the first (the account's role
        // select was nameless, its section having its id).
        @SuppressWarnings("unchecked")
        List<String> twice = (List<String>) script.executeScript("""
                var seen = {}, twice = [];
                document.querySelectorAll('[id]').forEach(function (e) {
                    if (seen[e.id] && twice.indexOf(e.id) < 0) { twice.push('id given twice: ' + e.id); }
                    seen[e.id] = true;
                });
                return twice;""");
        found.addAll(twice);
        return found.stream().map(violation -> page + ": " + violation).toList();
    }

    /** A record of each kind that has a page, with what those pages show. */
    private Map<String, Object> records() {
        long visit = jdbc.queryForObject("""
                insert into delegation_visit (direction, kind, partner_id, title, starts_on, ends_on, logged_by)
                select 'INCOMING', 'OFFICIAL', id, 'Visite accessible', current_date + 3, current_date + 4,
                       'wvanwaeyenberge' from partner where slug = 'quebec' returning id""", Long.class);
        long member = jdbc.queryForObject("insert into visit_member (visit_id, name, precedence)"
                + " values (?, 'Cheffe de délégation', 1) returning id", Long.class, visit);
        long item = jdbc.queryForObject("""
                insert into programme_item (visit_id, day, starts_at, ends_at, activity, escort)
                values (?, current_date + 3, '09:00', '10:00', 'Accueil à l’Hôtel de Ville', true) returning id""",
                Long.class, visit);
        long interpreter = jdbc.queryForObject("insert into visit_interpreter (visit_id, name, languages)"
                + " values (?, 'Interprète', 'français ↔ anglais') returning id", Long.class, visit);
        jdbc.update("insert into visit_interpreter_item (interpreter_id, item_id) values (?, ?)", interpreter, item);
        long gift = jdbc.queryForObject("insert into visit_gift (visit_id, direction, description)"
                + " values (?, 'GIVEN', 'Livre') returning id", Long.class, visit);
        long contact = jdbc.queryForObject("insert into partner_contact (partner_id, name)"
                + " select id, 'Marie Exemple' from partner where slug = 'quebec' returning id", Long.class);
        long note = jdbc.queryForObject("insert into partner_note (partner_id, kind, occurred_on, summary, author)"
                + " select id, 'CALL', current_date - 1, 'Appel', 'gclerckx' from partner where slug = 'quebec'"
                + " returning id", Long.class);
        long agreement = jdbc.queryForObject("""
                select a.id from agreement a join partner p on p.id = a.partner_id where p.slug = 'quebec'
                order by a.id limit 1""", Long.class);
        long event = jdbc.queryForObject("""
                insert into large_event (kind, title_fr, title_nl, title_en, starts_on, ends_on)
                values ('BRUSSELS_DAYS', 'Journées bruxelloises', 'Brusselse dagen', 'Brussels days',
                        current_date + 5, current_date + 6) returning id""", Long.class);
        long call = jdbc.queryForObject("""
                insert into call_for_projects (title_fr, title_nl, title_en, year, opens_on, deadline_on, budget, status)
                values ('Appel accessible', 'Toegankelijke oproep', 'Accessible call', 2026, current_date - 10,
                        current_date + 30, 100000, 'OPEN') returning id""", Long.class);
        long project = jdbc.queryForObject("""
                insert into project_application (call_id, partner_id, applicant, title, requested, status, granted)
                select ?, id, 'Demandeur', 'Projet financé', 1000, 'GRANTED', 800 from partner where slug = 'chennai'
                returning id""", Long.class, call);
        long life = jdbc.queryForObject("insert into agreement_event (agreement_id, kind, occurred_on, recorded_by)"
                + " values (?, 'AMENDED', current_date - 30, 'gclerckx') returning id", Long.class, agreement);
        long edition = jdbc.queryForObject("""
                insert into edition (number, audience, subject_fr, subject_nl, subject_en, status, created_by, created_at)
                values ((select coalesce(max(number), 0) + 1 from edition), 'GLOBE', 'Édition accessible',
                        'Toegankelijke editie', 'Accessible edition', 'DRAFT', 'jmverdin', now()) returning id""",
                Long.class);
        jdbc.update("""
                insert into edition_article (edition_id, position, title_fr, body_fr) values (?, 1, 'Un article',
                    '## Intertitre' || chr(10) || chr(10) || 'Du **texte**, [un lien](https://be.brussels).')""", edition);
        return Map.ofEntries(Map.entry("edition", edition), Map.entry("visit", visit), Map.entry("agreement", agreement), Map.entry("event", event),
                Map.entry("call", call), Map.entry("project", project), Map.entry("member", member),
                Map.entry("item", item), Map.entry("interpreter", interpreter), Map.entry("gift", gift),
                Map.entry("contact", contact), Map.entry("note", note), Map.entry("life", life));
    }
}
