package be.brussels.international.coordination;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main user flow in a real browser: Debian's headless Chromium. Skipped when Chromium is not
 * installed, unless REQUIRE_BROWSER_TESTS=true (CI), where its absence fails.
 */
@IntegrationTest
class BrowserTests {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    java.time.Clock clock;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.browser();
    }

    /** At 1280 pixels, in every language and for the role with the most sections, the header is two rows. */
    @Test
    void theHeaderKeepsToItsTwoRowsAt1280PixelsInEveryLanguage() {
        // The administrator has the most sections (the coordinator's workload, the accounts).
        logIn("admin");
        for (String language : new String[] {"fr", "nl", "en"}) {
            browser.get("http://localhost:" + port + "/?lang=" + language);
            long topbar = ((Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.querySelector('.app-topbar').getBoundingClientRect().height")).longValue();
            long nav = ((Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.querySelector('.app-nav').getBoundingClientRect().height")).longValue();
            long width = ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth")).longValue();
            assertThat(width).as("the window").isGreaterThanOrEqualTo(1270).isLessThanOrEqualTo(1290);
            assertThat(topbar).as(language + ": the top bar on one line").isLessThan(70);
            assertThat(nav).as(language + ": the sections on one line").isLessThan(55);
            // The person's menu: who, in which role, their page, logging out here or everywhere.
            WebElement menu = browser.findElement(By.cssSelector("header details.user-menu"));
            menu.findElement(By.tagName("summary")).click();
            assertThat(menu.findElement(By.cssSelector(".user-menu-panel")).isDisplayed()).isTrue();
            assertThat(menu.findElements(By.cssSelector(".user-menu-panel form button"))).hasSize(2);
            assertThat(menu.findElement(By.cssSelector(".user-menu-panel a[href$='/account/password']")).isDisplayed())
                    .as("my password").isTrue();
        }
        browser.get("http://localhost:" + port + "/?lang=fr");
    }

    @Test
    void florenceLogsInOpensQuebecAndSwitchesToDutchThenEnglish() {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys("fvandernoot");
        browser.findElement(By.id("password")).sendKeys("demo");
        clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));

        assertThat(heading()).isEqualTo("Dossiers de Florence Vandernoot");
        assertThat(browser.findElements(By.cssSelector("main section[aria-labelledby^=kind-] li a"))).hasSize(11);

        clickAndWait(browser.findElement(By.linkText("Québec")));
        assertThat(heading()).isEqualTo("Québec");
        assertThat(browser.findElement(By.id("holders")).getText()).contains("Florence Vandernoot");
        assertThat(texts("main h2")).contains("Accords", "Visites de délégations");

        clickAndWait(browser.findElement(By.cssSelector(".language-switch a[hreflang=nl]")));
        assertThat(heading()).isEqualTo("Quebec");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        assertThat(texts("main h2")).contains("Identiteit", "Akkoorden", "Delegatiebezoeken", "Evenementen");
        assertThat(texts("header a.nav-link")).contains("Start", "Partners", "Team");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Provincie", "Noord-Amerika");

        clickAndWait(browser.findElement(By.cssSelector(".language-switch a[hreflang=en]")));
        assertThat(heading()).isEqualTo("Quebec");
        assertThat(texts("main h2")).contains("Identity", "Agreements", "Delegation visits", "Events");
        assertThat(texts("header a.nav-link")).contains("Home", "Partners", "Staff");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("North America", "Local time");

        clickAndWait(browser.findElement(By.linkText("Partners")));
        assertThat(heading()).isEqualTo("Partners");
        assertThat(texts("tbody th")).contains("Beijing", "Quebec");
    }

    @Test
    void theCoordinatorReassignsSofiaFromPierreGerardToFlorenceVandernoot() {
        CommittedChanges committed = CommittedChanges.mark(jdbc);
        try {
            logIn("gclerckx");
            browser.get("http://localhost:" + port + "/staff/pgerard");
            clickAndWait(browser.findElement(By.cssSelector("a[href='/dossiers/sofia/reassign?holder=pgerard']")));
            assertThat(heading()).isEqualTo("Réattribuer : Sofia");

            browser.findElement(By.cssSelector("input[name=kind][value=REPLACE]")).click();
            new Select(browser.findElement(By.id("successor"))).selectByValue("fvandernoot");
            browser.findElement(By.id("reason")).sendKeys("Rééquilibrage des portefeuilles");
            submitFormOf(By.id("reason"));

            assertThat(heading()).isEqualTo("Sofia");
            assertThat(browser.findElement(By.cssSelector("main .alert-success")).getText())
                    .isEqualTo("La réattribution est enregistrée.");
            assertThat(texts("section:has(#current) li a")).containsExactly("Florence Vandernoot");

            browser.get("http://localhost:" + port + "/staff/fvandernoot");
            assertThat(texts("main section[aria-labelledby^=kind-] li > a:first-child")).contains("Sofia");
            browser.get("http://localhost:" + port + "/staff/pgerard");
            assertThat(texts("main section[aria-labelledby^=kind-] li > a:first-child")).containsExactly("Mazovie");
            browser.get("http://localhost:" + port + "/dossiers/sofia/history");
            assertThat(browser.findElement(By.id("changes")).getText()).contains("Florence Vandernoot détient « Sofia »",
                    "Rééquilibrage des portefeuilles", "Geoffroy Clerckx");
        }
        finally {
            committed.undo();
        }
    }

    @Test
    void aDossierGivenSinceTheLastLoginIsHighlightedOnTheHomePage() {
        CommittedChanges committed = CommittedChanges.mark(jdbc);
        try {
            logIn("jmverdin");
            logIn("gclerckx");
            browser.get("http://localhost:" + port + "/dossiers/sofia/reassign");
            browser.findElement(By.cssSelector("input[name=kind][value=ADD]")).click();
            new Select(browser.findElement(By.id("successor"))).selectByValue("jmverdin");
            browser.findElement(By.id("reason")).sendKeys("Renfort communication");
            submitFormOf(By.id("reason"));

            logIn("jmverdin");
            assertThat(texts("main li.new-dossier > a:first-child")).containsExactly("Sofia");
            assertThat(texts("main li:not(.new-dossier) > a:first-child")).contains("Communication");
        }
        finally {
            committed.undo();
        }
    }

    @Test
    void theProtocolOfficerLogsAVisitFromQuebecAndItShowsOnQuebecsPortfolio() {
        CommittedChanges committed = CommittedChanges.mark(jdbc);
        try {
            // The 10th of next month: both days of the visit in the month the calendar shows.
            java.time.LocalDate start = java.time.YearMonth.now(clock).plusMonths(1).atDay(10);
            logIn("wvanwaeyenberge");
            browser.get("http://localhost:" + port + "/partners/quebec");
            clickAndWait(browser.findElement(By.linkText("Enregistrer une visite")));
            assertThat(new Select(browser.findElement(By.id("partner"))).getFirstSelectedOption().getText())
                    .isEqualTo("Québec");
            browser.findElement(By.id("title")).sendKeys("Mission de travail du Québec");
            setDate("startsOn", start);
            setDate("endsOn", start.plusDays(1));
            browser.findElement(By.id("headName")).sendKeys("Délégué général du Québec");
            submitFormOf(By.id("title"));
            assertThat(heading()).isEqualTo("Mission de travail du Québec");

            // Each form opens on demand, and after saving the reader is back at its section, form closed.
            String[][] members = { { "3", "Attachée culturelle" }, { "1", "Délégué général" }, { "2", "Conseiller" },
                    { "4", "Chargée de mission" } };
            for (String[] member : members) {
                assertThat(browser.findElement(By.id("member-name")).isDisplayed()).isFalse();
                scrollAndClick(By.cssSelector("#members details.add-form > summary"));
                browser.findElement(By.id("member-precedence")).sendKeys(member[0]);
                browser.findElement(By.id("member-name")).sendKeys(member[1]);
                submitFormOf(By.id("member-name"));
                assertThat(browser.getCurrentUrl()).endsWith("#members");
            }
            String[][] items = { { "09:00", "10:00", "Accueil au Parlement bruxellois" },
                    { "10:30", "12:00", "Réunion de travial" }, { "12:30", "14:00", "Déjeuner officiel" },
                    { "09:00", "11:00", "Visite d’un incubateur" } };
            for (int i = 0; i < items.length; i++) {
                scrollAndClick(By.cssSelector("#programme details.add-form > summary"));
                setDate("item-day", i < 3 ? start : start.plusDays(1));
                setTime("item-startsAt", items[i][0]);
                setTime("item-endsAt", items[i][1]);
                browser.findElement(By.id("item-activity")).sendKeys(items[i][2]);
                submitFormOf(By.id("item-activity"));
                assertThat(browser.findElement(By.cssSelector("main .alert-success")).getText())
                        .isEqualTo("Le point est ajouté au programme.");
                assertThat(browser.getCurrentUrl()).endsWith("#programme");
            }

            // A typo corrected on the item's own page, back to the programme.
            WebElement typo = browser.findElements(By.cssSelector(".programme-item")).stream()
                    .filter(item -> item.getText().contains("Réunion de travial")).findFirst().orElseThrow();
            clickAndWait(typo.findElement(By.linkText("Modifier")));
            assertThat(heading()).isEqualTo("Modifier un point du programme");
            browser.findElement(By.id("activity")).clear();
            browser.findElement(By.id("activity")).sendKeys("Réunion de travail");
            submitFormOf(By.id("activity"));
            assertThat(browser.getCurrentUrl()).endsWith("#programme");
            assertThat(texts(".programme-item")).anyMatch(text -> text.contains("Réunion de travail"))
                    .noneMatch(text -> text.contains("travial"));

            // A member removed after a confirmation: the first click only asks.
            WebElement row = browser.findElements(By.cssSelector("#member-list tbody tr")).stream()
                    .filter(r -> r.getText().contains("Chargée de mission")).findFirst().orElseThrow();
            scrollAndClick(By.cssSelector("#" + row.getAttribute("id") + " .confirm-action > summary"));
            assertThat(texts("#member-list tbody th")).contains("Chargée de mission");
            WebElement question = browser.findElement(By.cssSelector("#" + row.getAttribute("id")
                    + " .confirm-action-panel"));
            assertThat(question.getText()).contains("Retirer Chargée de mission de la délégation ?");
            clickAndWait(question.findElement(By.cssSelector("button[type=submit]")));
            assertThat(browser.getCurrentUrl()).endsWith("#members");
            assertThat(browser.findElement(By.cssSelector("main .alert-success")).getText())
                    .isEqualTo("Le membre est retiré.");

            submitFormOf(By.id("confirm"));

            assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Confirmée");
            assertThat(texts("#member-list tbody th")).containsExactly("Délégué général", "Conseiller",
                    "Attachée culturelle");
            assertThat(texts(".timeline li")).hasSize(4);
            browser.get("http://localhost:" + port + "/partners/quebec");
            assertThat(texts("#visits-upcoming a")).containsExactly("Mission de travail du Québec");
            browser.get("http://localhost:" + port + "/calendar?month=" + start.toString().substring(0, 7));
            // One bar over both days, or one in each week when the visit goes from a Sunday to a Monday.
            int weeks = start.getDayOfWeek() == java.time.DayOfWeek.SUNDAY ? 2 : 1;
            assertThat(texts("table.calendar td a.calendar-bar")).hasSize(weeks)
                    .allMatch(bar -> bar.startsWith("Mission de travail du Québec"));
        }
        finally {
            committed.undo();
        }
    }

    @Test
    void florenceCompletesQuebecsAgreementAndHerHomePageTellsHerWhatNeedsAttention() throws Exception {
        CommittedChanges committed = CommittedChanges.mark(jdbc);
        Path signed = Files.createTempFile("accord-quebec", ".pdf");
        try {
            java.time.LocalDate today = java.time.LocalDate.now();
            jdbc.update("update agreement set signed_on = date '2015-06-01', in_force_on = date '2015-09-01',"
                    + " expires_on = ?, notice_months = 3 where partner_id = (select id from partner where slug = 'prague')",
                    today.plusMonths(4));
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
                pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
                pdf.save(signed.toFile());
            }
            logIn("fvandernoot");
            browser.get("http://localhost:" + port + "/partners/quebec");
            clickAndWait(browser.findElement(By.cssSelector("#partner-agreements a")));
            clickAndWait(browser.findElement(By.id("edit")));
            setDate("signedOn", java.time.LocalDate.of(2016, 5, 12));
            browser.findElement(By.id("signedAt")).sendKeys("Québec");
            setDate("inForceOn", java.time.LocalDate.of(2016, 9, 1));
            browser.findElement(By.id("signatories")).sendKeys("Le Ministre-Président de la Région de Bruxelles-Capitale");
            new Select(browser.findElement(By.id("tacitRenewal"))).selectByValue("true");
            browser.findElement(By.id("renewalMonths")).sendKeys("60");
            submitFormOf(By.id("signedAt"));
            assertThat(browser.findElement(By.cssSelector("main .alert-success")).getText())
                    .isEqualTo("Les modifications sont enregistrées.");

            scrollAndClick(By.cssSelector("#documents details.add-form > summary"));
            browser.findElement(By.id("file")).sendKeys(signed.toAbsolutePath().toString());
            browser.findElement(By.id("document-label")).sendKeys("Accord signé");
            submitFormOf(By.id("document-label"));
            assertThat(texts("#document-list a")).containsExactly("Accord signé");

            browser.get("http://localhost:" + port + "/partners/quebec");
            scrollAndClick(By.cssSelector("#contacts details.add-form > summary"));
            browser.findElement(By.id("contact-name")).sendKeys("Marie Tremblay");
            browser.findElement(By.id("contact-function")).sendKeys("Déléguée générale du Québec");
            submitFormOf(By.id("contact-name"));
            scrollAndClick(By.cssSelector("#notes details.add-form > summary"));
            setDate("note-occurredOn", java.time.LocalDate.now().minusDays(1));
            browser.findElement(By.id("note-summary")).sendKeys("Appel avec la Délégation générale");
            submitFormOf(By.id("note-summary"));
            assertThat(browser.findElement(By.id("contact-list")).getText()).contains("Marie Tremblay");
            assertThat(browser.findElement(By.id("note-list")).getText()).contains("Appel avec la Délégation générale");

            browser.get("http://localhost:" + port + "/attention");
            String attention = browser.findElement(By.id("attention")).getText();
            assertThat(attention).contains("Vienne", "Date de signature à compléter", "Prague",
                    "Décision de reconduction ou préavis à donner");
            assertThat(texts("#attention li")).noneMatch(line -> line.startsWith("Québec"));
            browser.get("http://localhost:" + port + "/");
            assertThat(texts("#quiet-partners a")).contains("Ljubljana").doesNotContain("Québec");
        }
        finally {
            Files.deleteIfExists(signed);
            committed.undo();
        }
    }

    @Test
    void codratAlinTecluRunsThe2027CallAndSeesItEightyTwoPercentCommitted() {
        CommittedChanges committed = CommittedChanges.mark(jdbc);
        try {
            logIn("cteclu");
            browser.get("http://localhost:" + port + "/calls");
            clickAndWait(browser.findElement(By.id("new-call")));
            browser.findElement(By.id("titleFr")).sendKeys("Appel à projets 2027");
            browser.findElement(By.id("titleNl")).sendKeys("Projectoproep 2027");
            browser.findElement(By.id("titleEn")).sendKeys("Call for projects 2027");
            browser.findElement(By.id("year")).sendKeys("2027");
            // Opened two months ago, closed last week: its projects report from then on.
            setDate("opensOn", java.time.LocalDate.now().minusDays(60));
            setDate("deadlineOn", java.time.LocalDate.now().minusDays(7));
            browser.findElement(By.id("budget")).sendKeys("100000");
            Select targets = new Select(browser.findElement(By.id("targets")));
            targets.selectByValue("chennai");
            targets.selectByValue("rabat-sale-kenitra");
            submitFormOf(By.id("titleFr"));
            assertThat(heading()).isEqualTo("Appel à projets 2027");
            submitFormOf(By.id("advance"));

            String[][] applications = { { "chennai", "Puits à Chennai", "40000" },
                    { "rabat-sale-kenitra", "Maraîchage à Salé", "30000" }, { "chennai", "École numérique", "12000" },
                    { "rabat-sale-kenitra", "Bibliothèque", "25000" } };
            for (String[] application : applications) {
                new Select(browser.findElement(By.id("partner"))).selectByValue(application[0]);
                browser.findElement(By.id("applicant")).sendKeys("ONG partenaire");
                browser.findElement(By.id("application-title")).sendKeys(application[1]);
                browser.findElement(By.id("requested")).sendKeys(application[2]);
                submitFormOf(By.id("applicant"));
            }
            for (int row = 1; row <= 4; row++) {
                WebElement score = browser.findElement(By.cssSelector("#application-list tbody tr:nth-child(" + row + ") input[name=score]"));
                score.sendKeys(String.valueOf(10 + row * 20));
                submitFormOf(By.cssSelector("#application-list tbody tr:nth-child(" + row + ") input[name=score]"));
                clickAndWait(browser.findElement(By.cssSelector(
                        "#application-list tbody tr:nth-child(" + row + ") input[name=status][value=ELIGIBLE] + button")));
            }
            for (int row = 1; row <= 3; row++) {
                submitFormOf(By.cssSelector("#application-list tbody tr:nth-child(" + row + ") input[name=amount]"));
            }
            assertThat(browser.findElement(By.id("budget")).getText()).contains("(82 %)");

            clickAndWait(browser.findElement(By.linkText("Puits à Chennai")));
            setDate("dueOn", java.time.LocalDate.now().plusDays(7));
            submitFormOf(By.id("dueOn"));
            browser.get("http://localhost:" + port + "/");
            assertThat(texts("#due-reports a")).containsExactly("Puits à Chennai");
            browser.get("http://localhost:" + port + "/partners/chennai");
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(page -> !page.findElements(By.cssSelector("#partner-projects a")).isEmpty());
            assertThat(texts("#partner-projects a")).containsExactlyInAnyOrder("Puits à Chennai", "École numérique");
        }
        finally {
            committed.undo();
        }
    }

    /** Clicks what does not load a page (a disclosure, a radio button), after scrolling to it. */
    @Test
    void typingInTheHeaderSearchSuggestsResultsUnderTheContentSecurityPolicy() {
        Chromium.logIn(browser, port, "pgerard");
        ((JavascriptExecutor) browser).executeScript("""
                window.__cspViolations = [];
                document.addEventListener('securitypolicyviolation',
                    event => window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI));""");
        WebElement box = browser.findElement(By.id("header-search"));
        box.sendKeys("pekin");

        WebElement suggestion = new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver ->
                driver.findElements(By.cssSelector("#search-suggestions a.suggestion")).stream()
                        .filter(link -> link.getText().equals("Pékin")).findFirst().orElse(null));
        assertThat(browser.findElement(By.id("all-results")).getText()).isEqualTo("Tous les résultats pour « pekin »");
        @SuppressWarnings("unchecked")
        List<Object> errors = (List<Object>) ((JavascriptExecutor) browser).executeScript(
                "return window.__cspViolations || []");
        assertThat(errors).as("no Content-Security-Policy violation").isEmpty();

        clickAndWait(suggestion);
        assertThat(browser.getCurrentUrl()).endsWith("/partners/beijing");
        assertThat(heading()).isEqualTo("Pékin");

        box = browser.findElement(By.id("header-search"));
        box.sendKeys("pekin" + Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("/search?q=pekin"));
        assertThat(heading()).as("Enter still opens the results page").isEqualTo("Recherche");
    }

    private void scrollAndClick(By selector) {
        WebElement element = browser.findElement(selector);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    /** Fills a date input the way the page expects it, whatever the browser's date widget. */
    private void setDate(String id, java.time.LocalDate date) {
        setValue(id, date.toString());
    }

    private void setTime(String id, String time) {
        setValue(id, time);
    }

    /**
     * At 400 pixels (a telephone) no page is wider than the screen: a wide table scrolls within its box, and what is
     * positioned inside it (the hidden labels of a row's forms) no longer widened the page.
     */
    @Test
    void noPageIsWiderThanATelephonesScreen() {
        CommittedChanges committed = CommittedChanges.mark(jdbc);
        // A visit with its delegation (a row's removal asks first, in a panel) and a call with an application to score.
        long visit = jdbc.queryForObject("""
                insert into delegation_visit (direction, kind, partner_id, title, starts_on, ends_on, logged_by, status)
                values ('INCOMING', 'WORKING', (select id from partner where slug = 'quebec'),
                        'Kraftfahrzeughaftpflichtversicherungsgesellschaftsvertretertreffen du Québec',
                        date '2027-05-10', date '2027-05-11', 'wvanwaeyenberge', 'CONFIRMED') returning id""", Long.class);
        jdbc.update("""
                insert into visit_member (visit_id, name, title, organisation, precedence)
                values (?, 'Délégué général', 'Délégué général du Québec à Bruxelles', 'Gouvernement du Québec', 1)""",
                visit);
        long call = jdbc.queryForObject("""
                insert into call_for_projects (title_fr, title_nl, title_en, year, opens_on, deadline_on, budget, status)
                values ('Appel 2099', 'Oproep 2099', 'Call 2099', 2099, date '2099-01-01', date '2099-03-01', 100000,
                        'OPEN') returning id""", Long.class);
        jdbc.update("insert into call_target_partner (call_id, partner_id) select ?, id from partner where slug = 'kinshasa'",
                call);
        jdbc.update("""
                insert into project_application (call_id, partner_id, applicant, title, requested)
                select ?, id, 'Organisation non gouvernementale de Kinshasa', 'Formation des agents municipaux', 45000
                from partner where slug = 'kinshasa'""", call);
        org.openqa.selenium.Dimension before = browser.manage().window().getSize();
        logIn("gclerckx");
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(400, 900));
            for (String path : new String[] {"/", "/partners", "/partners/quebec", "/staff", "/workload", "/visits",
                "/visits/" + visit, "/events", "/agreements", "/calls", "/calls/summary", "/calls/" + call, "/calendar",
                "/search?q=quebec", "/gifts"}) {
                for (String language : new String[] {"nl", "fr"}) {
                    browser.get("http://localhost:" + port + path + (path.contains("?") ? "&" : "?") + "lang=" + language);
                    long page = ((Number) ((JavascriptExecutor) browser).executeScript(
                            "return document.documentElement.scrollWidth")).longValue();
                    long screen = ((Number) ((JavascriptExecutor) browser).executeScript(
                            "return document.documentElement.clientWidth")).longValue();
                    assertThat(page).as(path + " " + language).isLessThanOrEqualTo(screen);
                }
            }
            // A panel opened from a button outside a table (cancelling the visit, the person's menu) stays on the
            // screen (in a table, it opens in its cell, which the table scrolls to).
            browser.get("http://localhost:" + port + "/visits/" + visit + "?lang=nl");
            for (String panel : new String[] {"main details.confirm-action", "header details.user-menu"}) {
                WebElement opened = browser.findElements(By.cssSelector(panel)).stream()
                        .filter(each -> each.findElements(By.xpath("ancestor::*[contains(@class, 'table-responsive')]"))
                                .isEmpty())
                        .findFirst().orElseThrow();
                ((JavascriptExecutor) browser).executeScript("arguments[0].open = true", opened);
                for (WebElement control : opened.findElements(By.cssSelector("button, a"))) {
                    java.util.Map<?, ?> box = (java.util.Map<?, ?>) ((JavascriptExecutor) browser).executeScript(
                            "var r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right,"
                                    + " width: document.documentElement.clientWidth}", control);
                    assertThat(((Number) box.get("left")).doubleValue()).as(panel + " " + control.getText())
                            .isGreaterThanOrEqualTo(0);
                    assertThat(((Number) box.get("right")).doubleValue()).as(panel + " " + control.getText())
                            .isLessThanOrEqualTo(((Number) box.get("width")).doubleValue());
                }
            }
        }
        finally {
            browser.manage().window().setSize(before);
            committed.undo();
        }
    }

    /**
     * A refused form's summary names each field, in the order of the form (the server's messages do not name the
     * field, and come in the order its checks ran): Dutch, the visit form with a wrong size and dates the wrong way.
     */
    @Test
    void theSummaryOfARefusedFormNamesEachFieldInTheOrderOfTheForm() {
        logIn("wvanwaeyenberge");
        browser.get("http://localhost:" + port + "/visits/new?partner=quebec&lang=nl");
        browser.findElement(By.id("title")).sendKeys("Werkbezoek");
        setDate("startsOn", java.time.LocalDate.of(2027, 5, 12));
        setDate("endsOn", java.time.LocalDate.of(2027, 5, 10));
        browser.findElement(By.id("delegationSize")).sendKeys("veel");
        submitFormOf(By.id("title"));

        assertTheSummaryNamesEachFieldInTheOrderOfTheForm(2);
        assertThat(texts("main form .required-note")).containsExactly("Velden met * zijn verplicht.");

        // A form whose fields have ids of their own (« application-title »): each line still leads to its field.
        CommittedChanges committed = CommittedChanges.mark(jdbc);
        try {
            long call = jdbc.queryForObject("""
                    insert into call_for_projects (title_fr, title_nl, title_en, year, opens_on, deadline_on, budget,
                                                   status)
                    values ('Appel 2098', 'Oproep 2098', 'Call 2098', 2098, date '2098-01-01', date '2098-03-01', 1000,
                            'OPEN') returning id""", Long.class);
            jdbc.update("insert into call_target_partner (call_id, partner_id)"
                    + " select ?, id from partner where slug = 'kinshasa'", call);
            logIn("gclerckx");
            browser.get("http://localhost:" + port + "/calls/" + call + "?lang=nl");
            WebElement applicant = browser.findElement(By.id("applicant"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].form.noValidate = true", applicant);
            applicant.sendKeys("ONG");
            submitFormOf(By.id("applicant"));
            assertTheSummaryNamesEachFieldInTheOrderOfTheForm(3);
        }
        finally {
            committed.undo();
        }
    }

    private void assertTheSummaryNamesEachFieldInTheOrderOfTheForm(int atLeast) {
        java.util.List<WebElement> links = browser.findElements(By.cssSelector("#form-errors li a"));
        assertThat(links).hasSizeGreaterThanOrEqualTo(atLeast);
        java.util.List<String> labels = new java.util.ArrayList<>();
        for (WebElement link : links) {
            WebElement field = browser.findElement(By.id(link.getAttribute("href").replaceFirst(".*#", "")));
            String label = browser.findElement(By.cssSelector("label[for='" + field.getAttribute("id") + "']")).getText();
            assertThat(link.getText()).startsWith(label + ": ");
            labels.add(label);
        }
        java.util.List<String> inFormOrder = browser.findElements(By.cssSelector("main form:has(#form-errors) label"))
                .stream().map(WebElement::getText).filter(labels::contains).distinct().toList();
        assertThat(labels).isEqualTo(inFormOrder);
    }

    private void setValue(String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }

    /**
     * Submits the form of a field, as Enter would. (Clicking the button can land on the popup that headless
     * Chromium leaves over the page after a select.)
     */
    private void submitFormOf(By field) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(field).submit();
        waitUntilGone(page);
    }

    /** Clicks a link or button that loads another page, and waits until that page has replaced this one. */
    private void clickAndWait(WebElement element) {
        Chromium.clickAndWait(browser, element);
    }

    private void waitUntilGone(WebElement page) {
        Chromium.waitUntilGone(browser, page);
    }

    private void logIn(String username) {
        Chromium.logIn(browser, port, username);
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private java.util.List<String> texts(String cssSelector) {
        return browser.findElements(By.cssSelector(cssSelector)).stream().map(WebElement::getText).toList();
    }
}
