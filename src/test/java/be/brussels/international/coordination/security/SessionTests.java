package be.brussels.international.coordination.security;

import java.time.Duration;
import java.time.LocalDate;

import be.brussels.international.coordination.IntegrationTest;
import be.brussels.international.coordination.staff.StaffMemberLeft;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sessions: a new id at login, an idle timeout, and ending all of a person's sessions at once. */
@IntegrationTest
class SessionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEventPublisher events;

    @Value("${server.servlet.session.timeout}")
    Duration idleTimeout;

    @Value("${server.servlet.session.cookie.secure}")
    boolean secureCookie;

    @Test
    void loggingInGivesTheSessionANewIdSoThatAPlantedOneIsWorthless() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/login").session(session)).andExpect(status().isOk());
        String before = session.getId();

        MvcResult login = mvc.perform(post("/login").session(session).param("username", "pgerard")
                .param("password", "demo").with(csrf())).andExpect(redirectedUrl("/")).andReturn();

        assertThat(login.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void sessionsEndAfterThirtyIdleMinutesAndTheCookieIsSecureWhereConfigured() {
        assertThat(idleTimeout).isEqualTo(Duration.ofMinutes(30));
        assertThat(secureCookie).as("COOKIE_SECURE unset: plain HTTP in development and tests").isFalse();
    }

    @Test
    void loggingOutEverywhereEndsThePersonsOtherSessionsButNoOneElses() throws Exception {
        MockHttpSession laptop = login("cteclu");
        MockHttpSession phone = login("cteclu");
        MockHttpSession colleague = login("jmverdin");
        mvc.perform(get("/").session(phone)).andExpect(status().isOk());

        mvc.perform(post("/logout/everywhere").session(laptop).with(csrf()))
                .andExpect(redirectedUrl("/login?logoutEverywhere"));

        mvc.perform(get("/").session(phone)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(get("/").session(laptop)).andExpect(status().isFound());
        mvc.perform(get("/").session(colleague)).andExpect(status().isOk());
    }

    @Test
    void leavingTheCellEndsThePersonsOpenSessions() throws Exception {
        MockHttpSession session = login("dverheyden");
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        events.publishEvent(new StaffMemberLeft("dverheyden", LocalDate.now()));

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?ended"));
    }

    @Test
    void theSearchSuggestionsOfAnEndedSessionSendTheWholeWindowToTheLoginPage() throws Exception {
        // htmx would otherwise show the login page inside the suggestions box.
        mvc.perform(get("/search/suggestions").param("q", "quebec").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized()).andExpect(header().string("HX-Redirect", "/login"));
        mvc.perform(get("/search/suggestions").param("q", "quebec"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login"));

        MockHttpSession session = login("wvanwaeyenberge");
        mvc.perform(get("/search/suggestions").param("q", "quebec").header("HX-Request", "true").session(session))
                .andExpect(status().isOk());
        mvc.perform(post("/logout/everywhere").session(login("wvanwaeyenberge")).with(csrf()));
        mvc.perform(get("/search/suggestions").param("q", "quebec").header("HX-Request", "true").session(session))
                .andExpect(status().isUnauthorized()).andExpect(header().string("HX-Redirect", "/login?ended"));
    }

    private MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", username).param("password", "demo")
                .with(csrf())).andExpect(redirectedUrl("/")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
