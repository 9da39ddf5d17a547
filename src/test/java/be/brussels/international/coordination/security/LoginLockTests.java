package be.brussels.international.coordination.security;

import be.brussels.international.coordination.Browser;
import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Logging in through the throttle: locked after five failures, told so, and the right password refused too. */
@IntegrationTest
class LoginLockTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    LoginThrottle throttle;

    @Test
    void theFifthFailureLocksTheAccountWithAClearMessageEvenForTheRightPassword() throws Exception {
        String username = "jwillems";
        for (int i = 1; i <= 4; i++) {
            login(username, "wrong-" + i).andExpect(redirectedUrl("/login?error"));
        }
        Browser session = new Browser();
        login(username, "wrong-5", session).andExpect(redirectedUrl("/login?locked"));
        Document page = followToLoginPage(session);
        assertThat(page.select("#login-error").text())
                .isEqualTo("Trop de tentatives de connexion échouées. Réessayez dans 15 minutes.");
        assertThat(page.select("#username").val()).as("the typed username kept").isEqualTo(username);

        Browser again = new Browser();
        login(username, "demo", again).andExpect(redirectedUrl("/login?locked"));
        assertThat(followToLoginPage(again).select("#login-error").text()).contains("15 minutes");

        login("bspapens", "demo").andExpect(redirectedUrl("/"));
        throttle.succeeded(username);
        login(username, "demo").andExpect(redirectedUrl("/"));
    }

    @Test
    void theLockedMessageIsTranslated() throws Exception {
        String username = "swillaumez";
        Browser session = new Browser();
        for (int i = 1; i <= 4; i++) {
            login(username, "wrong", session);
            mvc.perform(get("/login?error").with(session)).andExpect(status().isOk());
        }
        login(username, "wrong", session).andExpect(redirectedUrl("/login?locked"));
        Document page = Html.parse(mvc.perform(get("/login?locked&lang=nl").with(session)).andExpect(status().isOk()));
        assertThat(page.select("#login-error").text())
                .isEqualTo("Te veel mislukte aanmeldpogingen. Probeer het over 15 minuten opnieuw.");
        throttle.succeeded(username);
    }

    private org.springframework.test.web.servlet.ResultActions login(String username, String password)
            throws Exception {
        return login(username, password, new Browser());
    }

    private org.springframework.test.web.servlet.ResultActions login(String username, String password,
            Browser session) throws Exception {
        return mvc.perform(post("/login").with(session).param("username", username).param("password", password)
                .with(csrf()));
    }

    private Document followToLoginPage(Browser session) throws Exception {
        return Html.parse(mvc.perform(get("/login?locked").with(session)).andExpect(status().isOk()));
    }
}
