package be.brussels.international.coordination.web;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import be.brussels.international.coordination.Browser;
import be.brussels.international.coordination.CommittedChanges;
import be.brussels.international.coordination.HttpSession;
import be.brussels.international.coordination.IntegrationTest;
import be.brussels.international.coordination.StatementCounter;
import be.brussels.international.coordination.shared.DataVersion;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages served again from memory ({@link PageCache}): never once anything they show changed, never to another reader
 * or session, never with or instead of a message meant for one request; and {@link DataVersion}, which tells.
 * Over real HTTP, with real sessions, as a browser asks.
 */
@IntegrationTest
class PageCacheTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Autowired
    PageCache.Store pages;

    @Autowired
    DataVersion dataVersion;

    @Autowired
    Clock clock;

    CommittedChanges committed;

    @BeforeEach
    void mark() {
        committed = CommittedChanges.mark(jdbc);
        pages.clear();
    }

    @AfterEach
    void undo() {
        committed.undo();
    }

    /** The same page again in the same minute (the minute is part of what a page depends on). */
    private <T> List<T> twiceInOneMinute(Supplier<T> first, Supplier<T> second) {
        while (true) {
            long minute = clock.millis() / 60_000;
            T one = first.get();
            T two = second.get();
            if (clock.millis() / 60_000 == minute) {
                return List.of(one, two);
            }
        }
    }

    private static HttpResponse<String> get(HttpSession browser, String url) {
        try {
            return browser.get(url);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/", "/partners", "/partners/quebec", "/staff/fvandernoot", "/visits", "/search?q=quebec",
            "/search/suggestions?q=que" })
    void aPageAskedAgainIsServedFromMemoryWithoutAStatementAsItWasSent(String url) throws Exception {
        HttpSession browser = HttpSession.loggedIn(port, "fvandernoot");
        List<HttpResponse<String>> both = twiceInOneMinute(() -> get(browser, url), () -> {
            StatementCounter.reset();
            return get(browser, url);
        });

        assertThat(both.get(1).statusCode()).isEqualTo(200);
        assertThat(both.get(1).body()).isEqualTo(both.get(0).body());
        assertThat(both.get(1).headers().firstValue("Content-Type")).isEqualTo(both.get(0).headers()
                .firstValue("Content-Type"));
        assertThat(both.get(1).headers().firstValue("Content-Language")).isEqualTo(both.get(0).headers()
                .firstValue("Content-Language"));
        assertThat(both.get(1).headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(StatementCounter.count()).as("statements of the page").isZero();
        assertThat(StatementCounter.sessionCount()).as("the session's read, with the data's version").isEqualTo(1);
    }

    @Test
    void theAdministratorSeesHowOftenPagesComeFromMemory() throws Exception {
        HttpSession browser = HttpSession.loggedIn(port, "fvandernoot");
        twiceInOneMinute(() -> get(browser, "/visits"), () -> get(browser, "/visits"));

        String metrics = mvc.perform(MockMvcRequestBuilders.get("/actuator/prometheus")
                .with(user("admin").roles("ADMIN"))).andReturn().getResponse().getContentAsString();

        assertThat(metrics).containsPattern("coordination_page_cache_hits_total(\\{[^}]*\\})? [1-9]")
                .contains("coordination_page_cache_kept_total", "coordination_page_cache_bytes");
    }

    @Test
    void aChangeMadeByAnyWriterShowsAtTheNextPage() throws Exception {
        HttpSession browser = HttpSession.loggedIn(port, "fvandernoot");
        List<Long> hits = twiceInOneMinute(() -> {
            get(browser, "/partners/quebec");
            return pages.hits();
        }, () -> {
            get(browser, "/partners/quebec");
            return pages.hits();
        });
        assertThat(hits.get(1)).as("the page was kept").isEqualTo(hits.get(0) + 1);

        jdbc.update("update partner set name_fr = 'Québec-Renommé' where slug = 'quebec'");

        assertThat(Jsoup.parse(get(browser, "/partners/quebec").body()).selectFirst("h1").text())
                .contains("Québec-Renommé");
    }

    @Test
    void eachReaderAndEachSessionHasItsOwnPages() throws Exception {
        HttpSession attache = HttpSession.loggedIn(port, "fvandernoot");
        HttpSession coordinator = HttpSession.loggedIn(port, "gclerckx");
        HttpSession attacheElsewhere = HttpSession.loggedIn(port, "fvandernoot");
        for (int i = 0; i < 2; i++) {
            assertThat(Jsoup.parse(get(attache, "/").body()).select(".user-menu summary").text())
                    .isEqualTo("Florence Vandernoot");
            assertThat(Jsoup.parse(get(coordinator, "/").body()).select(".user-menu summary").text())
                    .isEqualTo("Geoffroy Clerckx");
        }
        // Each session's pages carry its own CSRF token: a form sent from the other session's kept page is refused.
        String token = Jsoup.parse(get(attache, "/").body()).selectFirst("form[action$=/logout] input[name=_csrf]")
                .attr("value");
        String otherToken = Jsoup.parse(get(attacheElsewhere, "/").body())
                .selectFirst("form[action$=/logout] input[name=_csrf]").attr("value");
        assertThat(attacheElsewhere.post("/logout", "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(403);
        assertThat(attacheElsewhere.post("/logout", "_csrf=" + URLEncoder.encode(otherToken, StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(302);
    }

    @Test
    void theLanguageChosenIsPartOfThePage() throws Exception {
        HttpSession browser = HttpSession.loggedIn(port, "fvandernoot");
        twiceInOneMinute(() -> get(browser, "/partners"), () -> get(browser, "/partners"));

        assertThat(get(browser, "/partners?lang=nl").headers().firstValue("Content-Language")).hasValue("nl");
        HttpResponse<String> dutch = get(browser, "/partners");

        assertThat(dutch.headers().firstValue("Content-Language")).hasValue("nl");
        assertThat(Jsoup.parse(dutch.body()).selectFirst("html").attr("lang")).isEqualTo("nl");
        get(browser, "/partners?lang=fr");
        assertThat(Jsoup.parse(get(browser, "/partners").body()).selectFirst("html").attr("lang")).isEqualTo("fr");
    }

    /**
     * A refused form changes nothing in the data: the page it comes back to must still show the reader's text and
     * the errors (held for that one request), not the page kept before; and the next page is the plain one again.
     */
    @Test
    void aMessageForOneRequestIsNeitherHiddenNorKept() throws Exception {
        HttpSession browser = HttpSession.loggedIn(port, "fvandernoot");
        List<Document> before = twiceInOneMinute(() -> Jsoup.parse(get(browser, "/partners/quebec").body()),
                () -> Jsoup.parse(get(browser, "/partners/quebec").body()));
        String token = before.get(1).selectFirst("form[action$=/notes] input[name=_csrf]").attr("value");
        long version = dataVersion.current();

        HttpResponse<String> refused = browser.post("/partners/quebec/notes", "kind=CALL&occurredOn="
                + LocalDate.now(clock).plusDays(3) + "&summary=Plus+tard&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(dataVersion.current()).as("nothing written").isEqualTo(version);

        Document after = Jsoup.parse(get(browser, "/partners/quebec").body());
        assertThat(after.selectFirst("#note-summary").text()).isEqualTo("Plus tard");
        assertThat(after.select(".alert-danger")).isNotEmpty();
        Document next = Jsoup.parse(get(browser, "/partners/quebec").body());
        assertThat(next.select(".alert-danger")).isEmpty();
        assertThat(next.selectFirst("#note-summary").text()).isEmpty();
    }

    /**
     * A page may name its own address (a person's calendar feed): the host and scheme the request came by are part
     * of what it depends on.
     */
    @Test
    void aPageAskedByAnotherHostNamesThatHost() throws Exception {
        String token = jdbc.queryForObject("select calendar_token from user_account where username = 'gclerckx'",
                String.class);
        jdbc.update("update user_account set calendar_token = 'page-cache-test' where username = 'gclerckx'");
        try {
            pagesNameTheirHost();
        }
        finally {
            jdbc.update("update user_account set calendar_token = ? where username = 'gclerckx'", token);
        }
    }

    private void pagesNameTheirHost() throws Exception {
        Browser browser = new Browser();
        mvc.perform(MockMvcRequestBuilders.post("/login").with(browser).param("username", "gclerckx")
                .param("password", "demo").with(csrf())).andExpect(status().isFound());
        for (String host : new String[] { "first.example", "first.example", "second.example", "first.example" }) {
            Document page = Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get("/staff/gclerckx").with(browser)
                    .with(request -> {
                        request.setServerName(host);
                        return request;
                    })).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(page.selectFirst("#feed-url").text()).startsWith("http://" + host + "/");
        }
        assertThat(pages.hits()).as("the second page from first.example came from memory").isPositive();
    }

    /** The memory counted is what the pages and their keys hold; a page asked by an overlong address is not kept. */
    @Test
    void theMemoryCountedIsWhatIsHeld() throws Exception {
        HttpSession browser = HttpSession.loggedIn(port, "fvandernoot");
        String filler = "x".repeat(PageCache.MAX_ADDRESS - 100);
        long kept = pages.kept();
        long before = pages.bytes();
        long bodies = 0;
        for (int i = 0; i < 20; i++) {
            bodies += get(browser, "/search/suggestions?q=zz&n=" + i + "&f=" + filler).body()
                    .getBytes(StandardCharsets.UTF_8).length;
        }
        assertThat(pages.kept()).isEqualTo(kept + 20);
        assertThat(pages.bytes() - before).as("each page, and its key's address (two bytes a character)")
                .isGreaterThan(bodies + 20L * 2 * filler.length());

        get(browser, "/search/suggestions?q=zz&f=" + "x".repeat(PageCache.MAX_ADDRESS));
        assertThat(pages.kept()).as("an overlong address").isEqualTo(kept + 20);
    }

    /**
     * Each kept page is kept for the day at most, or for the minute when what it shows moves with the time of day: a
     * partner's local time; on the home page, what is to be published from now to seven days from now (to the minute).
     * The pages that count in whole days are kept for the day.
     */
    @Test
    void aPageThatMovesWithTheTimeOfDayIsKeptAMinuteAtMost() throws Exception {
        Map<String, Boolean> everyMinute = new TreeMap<>();
        handlers.getHandlerMethods().forEach((mapping, method) -> {
            CachedPage kept = method.getMethodAnnotation(CachedPage.class);
            if (kept != null) {
                everyMinute.put(mapping.getPatternValues().iterator().next(), kept.everyMinute());
            }
        });

        assertThat(everyMinute).containsExactlyInAnyOrderEntriesOf(Map.of("/", true, "/partners", false,
                "/partners/{slug}", true, "/staff", false, "/staff/{username}", false, "/visits", false,
                "/visits/{id}", false, "/search", false, "/search/suggestions", false));
    }

    @Test
    void aPageNotMarkedIsMadeEveryTime() throws Exception {
        HttpSession browser = HttpSession.loggedIn(port, "fvandernoot");
        twiceInOneMinute(() -> get(browser, "/agreements"), () -> {
            StatementCounter.reset();
            return get(browser, "/agreements");
        });

        assertThat(StatementCounter.count()).isPositive();
    }

    @Test
    void everyTableButTheSessionsAndFailedLoginsMovesTheDataVersion() {
        List<String> unnoted = jdbc.queryForList("""
                select tablename from pg_tables t
                where schemaname = current_schema()
                  and not exists (select 1 from pg_trigger g join pg_class c on c.oid = g.tgrelid
                                  where c.relname = t.tablename and g.tgname = t.tablename || '_noted')
                order by tablename""", String.class);

        assertThat(unnoted).containsExactlyInAnyOrder("data_change", "data_version_base", "flyway_schema_history",
                "login_failure", "spring_session", "spring_session_attributes");
    }

    @Test
    void theVersionMovesOnceACommittedWriteAndNeverWhenFolded() {
        long before = dataVersion.current();
        jdbc.update("update partner set name_fr = name_fr where slug = 'quebec'");
        long after = dataVersion.current();
        assertThat(after).isGreaterThan(before);

        dataVersion.fold();

        assertThat(dataVersion.current()).isEqualTo(after);
        assertThat(jdbc.queryForObject("select count(*) from data_change", Long.class)).isZero();
    }
}
