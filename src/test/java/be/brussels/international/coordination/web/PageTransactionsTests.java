package be.brussels.international.coordination.web;

import be.brussels.international.coordination.Browser;
import be.brussels.international.coordination.HttpSession;
import be.brussels.international.coordination.IntegrationTest;
import be.brussels.international.coordination.StatementCounter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages that gather what several modules know (home, a partner's, a person's, the search) read it in one
 * transaction: one connection from the pool and one commit, where each service called alone takes and commits
 * its own (the home page took nine, a partner's page eleven, the search thirty-five: its sources were
 * transactional down to the method that names their kind). Outside any test transaction, as a browser reads
 * them.
 */
@IntegrationTest
class PageTransactionsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    @Autowired
    PageCache.Store pages;

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
            "/, fvandernoot",
            "/, gclerckx",
            "/, wvanwaeyenberge",
            "/partners/quebec, fvandernoot",
            "/partners/quebec, gclerckx",
            "/staff/fvandernoot, fvandernoot",
            "/staff/fvandernoot, gclerckx",
            "/search?q=quebec, fvandernoot",
            "/search?q=quebec&kind=visits&page=3, fvandernoot",
            "/search/suggestions?q=que, fvandernoot",
            "/partners, fvandernoot",
            "/visits, fvandernoot",
            "/visits?partner=quebec, wvanwaeyenberge"})
    void oneTransactionForThePage(String url, String username) throws Exception {
        var reader = user(users.loadUserByUsername(username));
        StatementCounter.reset();

        mvc.perform(get(url).with(reader)).andExpect(status().isOk());

        assertThat(StatementCounter.count()).as("statements of %s", url).isPositive();
        assertThat(StatementCounter.connections()).as("connections taken for %s", url).isEqualTo(1);
    }

    /**
     * A signed-in page costs its session one read (also when the page outgrows Tomcat's own buffer: PageCache.PAGE_BUFFER), and no write
     * when nothing in the session changed and its last access, as stored, is under a minute old
     * ({@code SparingSessionStore}); never on the page's connection.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"/", "/partners/quebec", "/staff/fvandernoot", "/search?q=quebec"})
    void aSignedInPageCostsItsSessionOneReadAndNoWrite(String url) throws Exception {
        Browser browser = new Browser();
        mvc.perform(post("/login").with(browser).param("username", "fvandernoot").param("password", "demo")
                .with(csrf())).andExpect(status().isFound());
        mvc.perform(get(url).with(browser)).andExpect(status().isOk());
        pages.clear(); // the page made again, not served from memory (PageCacheTests)
        StatementCounter.reset();

        mvc.perform(get(url).with(browser)).andExpect(status().isOk());

        assertThat(StatementCounter.sessionCount()).as("statements of the session for %s", url).isEqualTo(1);
        assertThat(StatementCounter.sessionWrites()).as("session writes for %s", url).isZero();
        assertThat(StatementCounter.connections()).as("connections taken for %s", url).isEqualTo(1);
    }

    /**
     * A page's style sheet or script needs no session: asked for with the session's cookie (a real browser over
     * HTTP, through the real servlet), it reads none from PostgreSQL.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"/css/app.css", "/js/x-count.js"})
    void aStaticFileCostsNoSessionStatement(String url) throws Exception {
        HttpSession browser = HttpSession.loggedIn(port, "fvandernoot");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        StatementCounter.reset();

        assertThat(browser.get(url).statusCode()).isEqualTo(200);

        assertThat(StatementCounter.sessionCount()).as("statements of the session for %s", url).isZero();
    }
}
