package be.brussels.international.coordination;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.brussels.international.coordination.communication.ArticleDetails;
import be.brussels.international.coordination.communication.Audience;
import be.brussels.international.coordination.communication.Editions;
import be.brussels.international.coordination.shared.LocalizedText;
import com.icegreen.greenmail.util.GreenMail;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application behind one address, on one PostgreSQL (README « Several instances »): besides the
 * tests' own context, two more are started here on the same database and the same SMTP server, each as
 * {@code bin/coordination} would run it (not in demo mode), with the newsletter's worker on. A browser's session
 * opened on one is valid on the other and ended on both at once; a reassignment decided on one shows on the
 * other at its next page (read from the database on every page, or from a page kept in memory only while the data's
 * version read with the session has not moved: the bound is zero); a name changed elsewhere shows
 * within the names' watch interval (kept in memory: two seconds); a lock-out counted on one holds on the other; an
 * edition sent while both workers run reaches every subscriber exactly once.
 */
@IntegrationTest
class MultipleInstancesTests {

    private static ConfigurableApplicationContext first;

    private static ConfigurableApplicationContext second;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GreenMail smtp;

    @Autowired
    Editions editions;

    @Autowired
    UserDetailsService users;

    CommittedChanges committed;

    @BeforeAll
    static void startTwoInstances(@Autowired GreenMail smtp) {
        first = instance(smtp);
        second = instance(smtp);
    }

    @AfterAll
    static void stopThem() {
        second.close();
        first.close();
    }

    @BeforeEach
    void mark() throws Exception {
        committed = CommittedChanges.mark(jdbc);
        // Other classes' failed logins from 127.0.0.1 must not lock the address here (these instances keep the
        // production limit per address).
        jdbc.update("delete from login_failure");
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void undo() throws Exception {
        SecurityContextHolder.clearContext();
        committed.undo();
        jdbc.update("delete from login_failure");
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void aSessionOpenedOnOneInstanceIsValidOnTheOtherAndEndedOnBoth() throws Exception {
        HttpSession laptop = HttpSession.loggedIn(port(first), "cteclu");
        Document home = laptop.on(port(second)).page("/");
        assertThat(home.select(".user-menu summary").text()).isEqualTo("Codrat-Alin Teclu");
        HttpSession tablet = HttpSession.loggedIn(port(first), "cteclu");

        // The same person on a phone, through the other instance: « log out on every device ».
        HttpSession phone = HttpSession.loggedIn(port(second), "cteclu");
        String token = phone.page("/").selectFirst("form[action$=/logout/everywhere] input[name=_csrf]").attr("value");
        assertThat(phone.post("/logout/everywhere", "_csrf=" + encoded(token)).statusCode()).isEqualTo(302);

        // Each instance refuses the sessions it did not end itself, and says why.
        assertThat(laptop.on(port(first)).get("/").headers().firstValue("Location").orElseThrow())
                .endsWith("/login?ended");
        assertThat(tablet.on(port(second)).get("/").headers().firstValue("Location").orElseThrow())
                .endsWith("/login?ended");
        // Refused once, a session is gone: asked again, on either instance, it is the login page plain.
        assertThat(laptop.on(port(second)).get("/").headers().firstValue("Location").orElseThrow())
                .endsWith("/login");
    }

    @Test
    void aReassignmentDecidedOnOneInstanceShowsOnTheOthersNextPage() throws Exception {
        HttpSession coordinator = HttpSession.loggedIn(port(first), "gclerckx");
        Document form = coordinator.page("/dossiers/sofia/reassign?holder=pgerard");
        String token = form.selectFirst("form[action$=/reassign] input[name=_csrf]").attr("value");
        String version = form.selectFirst("form[action$=/reassign] input[name=version]").attr("value");
        assertThat(holders(coordinator.on(port(second)).page("/dossiers/sofia"))).containsExactly("Pierre Gérard");
        // The partner's page, kept in memory by the other instance (asked twice: PageCache).
        HttpSession reader = HttpSession.loggedIn(port(second), "pgerard");
        assertThat(reader.page("/partners/sofia").select("#holders").text()).contains("Pierre Gérard");
        assertThat(reader.page("/partners/sofia").select("#holders").text()).contains("Pierre Gérard");

        HttpResponse<String> decided = coordinator.post("/dossiers/sofia/reassign", "kind=REPLACE&holder=pgerard"
                + "&successor=fvandernoot&effectiveOn=" + LocalDate.now(ZoneId.of("Europe/Brussels"))
                + "&reason=Relais&version=" + version + "&_csrf=" + encoded(token));
        assertThat(decided.statusCode()).isEqualTo(302);

        assertThat(holders(coordinator.on(port(second)).page("/dossiers/sofia")))
                .containsExactly("Florence Vandernoot");
        assertThat(reader.page("/partners/sofia").select("#holders").text()).contains("Florence Vandernoot")
                .doesNotContain("Pierre Gérard");
    }

    /**
     * The names are kept in memory by each instance: one changed through another instance (here, by SQL, as any
     * other writer) shows on this one within its watch interval (coordination.reference.check, two seconds). The
     * test allows ten, not to depend on the machine's load.
     */
    @Test
    void aNameChangedElsewhereShowsOnEveryInstanceWithinTheWatchInterval() throws Exception {
        HttpSession reader = HttpSession.loggedIn(port(second), "swillaumez");
        String before = reader.page("/").select(".user-menu summary").text();
        try {
            jdbc.update("update staff_member set last_name = last_name || '-Renamed' where username = 'swillaumez'");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            String shown = before;
            while (!shown.endsWith("-Renamed") && System.nanoTime() < deadline) {
                Thread.sleep(200);
                shown = reader.page("/").select(".user-menu summary").text();
            }
            assertThat(shown).isEqualTo(before + "-Renamed");
        }
        finally {
            jdbc.update("update staff_member set last_name = replace(last_name, '-Renamed', '') where username = 'swillaumez'");
        }
    }

    @Test
    void aLockOutCountedOnOneInstanceHoldsOnTheOther() throws Exception {
        HttpSession someone = HttpSession.anonymous(port(first));
        for (int i = 0; i < 5; i++) { // coordination.login.max-failures-per-account, as configured
            HttpResponse<String> refused = someone.logIn("bspapens", "not-the-password");
            assertThat(refused.headers().firstValue("Location").orElseThrow()).contains("/login?");
        }

        HttpResponse<String> elsewhere = HttpSession.anonymous(port(second)).logIn("bspapens", "demo");

        assertThat(elsewhere.statusCode()).isEqualTo(302);
        assertThat(elsewhere.headers().firstValue("Location").orElseThrow()).endsWith("/login?locked");
    }

    @Test
    void anEditionSentWhileBothWorkersRunReachesEverySubscriberExactlyOnce() throws Exception {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            addresses.add("instances" + i + "@example.org");
            jdbc.update("""
                    insert into subscriber (email, languages, status, consent_version, consented_at, confirmed_at, lists)
                    values (?, 'fr', 'CONFIRMED', 'test', now(), now(), 'GLOBE')""", addresses.get(i));
        }
        as("jmverdin");
        long edition = editions.create(Audience.GLOBE, new LocalizedText("Deux instances", "Twee instanties",
                "Two instances")).getId();
        editions.addArticle(edition, version(edition), new ArticleDetails(new LocalizedText("Un", "Een", "One"),
                new LocalizedText("Texte.", "Tekst.", "Text."), null, null, null));
        as("gclerckx");
        editions.approve(edition, version(edition));
        as("jmverdin");

        editions.sendNow(edition, version(edition));

        // Each worker claims at most 10 a second (600 a minute), rows locked: whichever claims a row sends it, once.
        // The wait only bounds the test.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!"SENT".equals(status(edition)) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(status(edition)).isEqualTo("SENT");
        Map<String, Long> received = addresses.stream().collect(Collectors.toMap(Function.identity(),
                address -> (long) TestMail.receivedBy(smtp, address).size()));
        assertThat(received.values()).as("exactly one each").containsOnly(1L);
    }

    /**
     * An instance as {@code bin/coordination} runs one: the application alone (no demo data, no demo passwords),
     * here on the tests' database and SMTP server, on a free port, its newsletter worker on.
     */
    private static ConfigurableApplicationContext instance(GreenMail smtp) {
        TestDatabase.Location database = TestDatabase.location();
        return SpringApplication.run(CoordinationApplication.class,
                "--server.port=0",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--coordination.mail.enabled=true",
                "--coordination.newsletter.worker=true",
                "--logging.level.root=WARN");
    }

    private static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    private static List<String> holders(Document dossier) {
        return dossier.select("section[aria-labelledby=current] li > a").eachText();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String status(long edition) {
        return jdbc.queryForObject("select status from edition where id = ?", String.class, edition);
    }

    private long version(long edition) {
        return jdbc.queryForObject("select version from edition where id = ?", Long.class, edition);
    }

    private void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
