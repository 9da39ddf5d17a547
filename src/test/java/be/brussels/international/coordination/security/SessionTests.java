package be.brussels.international.coordination.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.brussels.international.coordination.Browser;
import be.brussels.international.coordination.IntegrationTest;
import be.brussels.international.coordination.staff.StaffMemberLeft;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sessions: a new id at login, an idle timeout, and ending all of a person's sessions at once. */
@IntegrationTest
class SessionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @Value("${server.servlet.session.timeout}")
    Duration idleTimeout;

    @Value("${server.servlet.session.cookie.secure}")
    boolean secureCookie;

    @Test
    void loggingInGivesTheSessionANewIdSoThatAPlantedOneIsWorthless() throws Exception {
        Browser session = new Browser();
        mvc.perform(get("/login").with(session)).andExpect(status().isOk());
        String before = session.sessionCookie();
        assertThat(before).as("the login page opens a session (its CSRF token)").isNotNull();

        mvc.perform(post("/login").with(session).param("username", "pgerard")
                .param("password", "demo").with(csrf())).andExpect(redirectedUrl("/"));

        assertThat(session.sessionCookie()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void sessionsEndAfterThirtyIdleMinutesAndTheCookieIsSecureWhereConfigured() {
        assertThat(idleTimeout).isEqualTo(Duration.ofMinutes(30));
        assertThat(secureCookie).as("COOKIE_SECURE unset: plain HTTP in development and tests").isFalse();
    }

    /** Sessions are Spring Session's (PostgreSQL): its cookie keeps the settings the container's had. */
    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndTheStoredSessionTimesOutAfterThirtyMinutes() throws Exception {
        Browser browser = new Browser();
        String cookie = mvc.perform(get("/login").with(browser)).andExpect(status().isOk()).andReturn().getResponse()
                .getHeader("Set-Cookie");
        assertThat(cookie).startsWith("SESSION=").contains("; Path=/", "; HttpOnly", "; SameSite=Lax")
                .doesNotContain("Secure");
        String id = new String(Base64.getDecoder().decode(browser.sessionCookie()), StandardCharsets.UTF_8);
        assertThat(jdbc.queryForObject("select max_inactive_interval from spring_session where session_id = ?",
                Integer.class, id)).isEqualTo((int) idleTimeout.toSeconds());
    }

    @Test
    void loggingOutEverywhereEndsThePersonsOtherSessionsButNoOneElses() throws Exception {
        Browser laptop = login("cteclu");
        Browser phone = login("cteclu");
        Browser colleague = login("jmverdin");
        mvc.perform(get("/").with(phone)).andExpect(status().isOk());

        mvc.perform(post("/logout/everywhere").with(laptop).with(csrf()))
                .andExpect(redirectedUrl("/login?logoutEverywhere"));

        mvc.perform(get("/").with(phone)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(get("/").with(laptop)).andExpect(status().isFound());
        mvc.perform(get("/").with(colleague)).andExpect(status().isOk());
    }

    @Test
    void leavingTheCellEndsThePersonsOpenSessions() throws Exception {
        Browser session = login("dverheyden");
        mvc.perform(get("/").with(session)).andExpect(status().isOk());

        events.publishEvent(new StaffMemberLeft("dverheyden", LocalDate.now()));

        mvc.perform(get("/").with(session)).andExpect(redirectedUrl("/login?ended"));
    }

    @Test
    void theSearchSuggestionsOfAnEndedSessionSendTheWholeWindowToTheLoginPage() throws Exception {
        // htmx would otherwise show the login page inside the suggestions box.
        mvc.perform(get("/search/suggestions").param("q", "quebec").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized()).andExpect(header().string("HX-Redirect", "/login"));
        mvc.perform(get("/search/suggestions").param("q", "quebec"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login"));

        Browser session = login("wvanwaeyenberge");
        mvc.perform(get("/search/suggestions").param("q", "quebec").header("HX-Request", "true").with(session))
                .andExpect(status().isOk());
        mvc.perform(post("/logout/everywhere").with(login("wvanwaeyenberge")).with(csrf()));
        mvc.perform(get("/search/suggestions").param("q", "quebec").header("HX-Request", "true").with(session))
                .andExpect(status().isUnauthorized()).andExpect(header().string("HX-Redirect", "/login?ended"));
    }

    /**
     * A rolling upgrade: what the other version wrote in a session may not read any more (a class changed). It is
     * read as absent — the reader is logged out, a waiting message is lost — never an error on every page.
     */
    @Test
    void aSessionValueThatCannotBeReadIsAbsentNotAnError() throws Exception {
        Browser browser = login("swillaumez");
        mvc.perform(get("/").with(browser)).andExpect(status().isOk());
        String id = new String(Base64.getDecoder().decode(browser.sessionCookie()), StandardCharsets.UTF_8);
        int spoiled = jdbc.update("""
                update spring_session_attributes set attribute_bytes = decode('aced0005737200', 'hex')
                where session_primary_id = (select primary_id from spring_session where session_id = ?)""", id);
        assertThat(spoiled).as("the session's values").isPositive();

        mvc.perform(get("/").with(browser)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login").with(browser)).andExpect(status().isOk());
    }

    /**
     * A page writes its session's last access only once the stored one is a minute old ({@code SparingSessionStore}):
     * the session lives on while its reader works, and idle pages within the minute cost no write.
     */
    @Test
    void aSessionsLastAccessIsWrittenOnceAMinuteOldAndKeepsTheSessionAlive() throws Exception {
        Browser browser = login("jmverdin");
        String id = new String(Base64.getDecoder().decode(browser.sessionCookie()), StandardCharsets.UTF_8);
        long stored = lastAccess(id);

        mvc.perform(get("/").with(browser)).andExpect(status().isOk());
        assertThat(lastAccess(id)).as("within the minute: not written").isEqualTo(stored);

        long earlier = stored - Duration.ofSeconds(61).toMillis();
        jdbc.update("update spring_session set last_access_time = ?, expiry_time = ? where session_id = ?", earlier,
                earlier + idleTimeout.toMillis(), id);
        mvc.perform(get("/").with(browser)).andExpect(status().isOk());
        assertThat(lastAccess(id)).as("a minute old: written again").isGreaterThanOrEqualTo(stored);
        assertThat(jdbc.queryForObject("select expiry_time from spring_session where session_id = ?", Long.class, id))
                .as("and the session lives 30 minutes from now").isGreaterThanOrEqualTo(stored + idleTimeout.toMillis());

        jdbc.update("update spring_session set last_access_time = ?, expiry_time = ? where session_id = ?",
                stored - idleTimeout.toMillis() - 1000, stored - 1000, id);
        mvc.perform(get("/").with(browser)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    /**
     * Two requests of one session adding the same value at once (several tabs opened right after logging in, each
     * creating the CSRF token) both succeed, the later value kept; a value added to a session ended meanwhile is
     * dropped, not an error. Played on the store itself, in the order that broke: both read, then both write.
     */
    @Test
    void twoRequestsAddingTheSameValueAtOnceBothSucceed() throws Exception {
        Browser browser = login("dverheyden");
        addTheSameValueFromTwoRequests(sessions, new String(Base64.getDecoder().decode(browser.sessionCookie()),
                StandardCharsets.UTF_8));
    }

    private static <S extends Session> void addTheSameValueFromTwoRequests(FindByIndexNameSessionRepository<S> store,
            String id) {
        S first = store.findById(id);
        S second = store.findById(id);
        first.setAttribute("test.value", "first");
        second.setAttribute("test.value", "second");
        store.save(first);
        store.save(second);
        assertThat(store.findById(id).<String>getAttribute("test.value")).isEqualTo("second");

        S late = store.findById(id);
        store.deleteById(id);
        late.setAttribute("test.late", "late");
        store.save(late);
        assertThat(store.findById(id)).isNull();
    }

    /**
     * The CSRF token of a new login is in the session before any page asks for it: pages opened at once right after
     * logging in (a browser restoring its tabs) then all carry the same one, and a form sent from any of them is
     * accepted. Created by the first pages instead, each made its own and only the last was kept (a 403 on the
     * others' forms).
     */
    @Test
    void aLoginsCsrfTokenIsInTheSessionBeforeAnyPage() throws Exception {
        // As a browser does: the login page, then its form with the token it carries.
        Browser browser = new Browser();
        String page = mvc.perform(get("/login").with(browser)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        Matcher field = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(field.find()).isTrue();
        mvc.perform(post("/login").with(browser).param("username", "bspapens").param("password", "demo")
                .param("_csrf", field.group(1))).andExpect(redirectedUrl("/"));
        String id = new String(Base64.getDecoder().decode(browser.sessionCookie()), StandardCharsets.UTF_8);

        byte[] token = csrfTokenOf(id);
        assertThat(token).as("the token, stored at login").isNotNull();
        mvc.perform(get("/partners").with(browser)).andExpect(status().isOk());
        mvc.perform(get("/partners/quebec").with(browser)).andExpect(status().isOk());
        assertThat(csrfTokenOf(id)).as("the pages used it, none made another").isEqualTo(token);
    }

    /**
     * The page asked for goes back to the browser as an address must be written: characters the search takes raw
     * ({@code <>[]{}|"^`}, accented letters) percent-encoded, what was already encoded kept; the host as it is.
     */
    @Test
    void afterLoggingInThePageAskedForComesBackAsAValidAddress() throws Exception {
        Browser browser = new Browser();
        // As Tomcat hands it over (server.tomcat.relaxed-query-chars): the query string raw.
        mvc.perform(get("/search").with(browser).with(request -> {
            request.setQueryString("q=<b>{x}[1]|\"^`é%41");
            return request;
        })).andExpect(status().isFound());
        mvc.perform(get("/login").with(browser)).andExpect(status().isOk());

        String location = mvc.perform(post("/login").with(browser).param("username", "bspapens")
                .param("password", "demo").with(csrf())).andExpect(status().isFound()).andReturn().getResponse()
                .getHeader("Location");
        assertThat(location).isEqualTo("http://localhost/search?q=%3Cb%3E%7Bx%7D%5B1%5D%7C%22%5E%60%C3%A9%41&continue");
        assertThat(java.net.URI.create(location).getQuery()).isEqualTo("q=<b>{x}[1]|\"^`éA&continue");
        assertThat(CsrfTokenAtLogin.EncodingRedirects.encoded("http://[::1]:8080/search?q=[1]"))
                .isEqualTo("http://[::1]:8080/search?q=%5B1%5D");
    }

    /** After logging in, the person goes on to the page they had asked for (or home, as the other tests show). */
    @Test
    void afterLoggingInThePageAskedForOpens() throws Exception {
        Browser browser = new Browser();
        mvc.perform(get("/partners/quebec").with(browser)).andExpect(status().isFound());
        mvc.perform(get("/login").with(browser)).andExpect(status().isOk());

        mvc.perform(post("/login").with(browser).param("username", "bspapens").param("password", "demo")
                .with(csrf())).andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("http://localhost/partners/quebec?continue"));
    }

    private byte[] csrfTokenOf(String sessionId) {
        return jdbc.query("""
                select a.attribute_bytes from spring_session_attributes a
                join spring_session s on s.primary_id = a.session_primary_id
                where s.session_id = ? and a.attribute_name like '%CSRF_TOKEN'""",
                rows -> rows.next() ? rows.getBytes(1) : null, sessionId);
    }

    private long lastAccess(String sessionId) {
        return jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
                sessionId);
    }

    private Browser login(String username) throws Exception {
        Browser browser = new Browser();
        mvc.perform(post("/login").with(browser).param("username", username).param("password", "demo")
                .with(csrf())).andExpect(redirectedUrl("/"));
        return browser;
    }
}
