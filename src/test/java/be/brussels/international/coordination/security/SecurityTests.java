package be.brussels.international.coordination.security;

import be.brussels.international.coordination.Browser;
import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecurityTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = { "/", "/partners", "/partners/quebec", "/staff", "/staff/fvandernoot",
            "/dossiers/protocol", "/partners/no-such-partner", "/actuator/info" })
    void anonymousReadersAreSentToTheLoginPage(String url) throws Exception {
        mvc.perform(get(url)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theLoginPageStaticAssetsAndHealthCheckAreOpen() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
        // Browsers ask for it on every new visit: without it each logged a 404 in its console.
        mvc.perform(get("/favicon.ico")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/5.3.8/css/bootstrap.min.css")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void otherActuatorEndpointsAreForAdminsOnly() throws Exception {
        mvc.perform(get("/actuator/info").with(user("someone").roles("COORDINATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/info").with(user("root").roles("ADMIN"))).andExpect(status().isOk());
    }

    /** Metrics for the Region's monitoring (Prometheus's text format), for an administrator's credentials only. */
    @Test
    void prometheusMetricsAreForAdminsOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(user("someone").roles("COORDINATOR")))
                .andExpect(status().isForbidden());
        org.assertj.core.api.Assertions.assertThat(mvc.perform(get("/actuator/prometheus")
                .with(user("root").roles("ADMIN"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("jvm_memory_used_bytes", "http_server_requests_seconds");
    }

    @Test
    void aStaffLoginWithTheDemoPasswordGoesHome() throws Exception {
        mvc.perform(post("/login").param("username", "fvandernoot").param("password", "demo").with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/"));
    }

    @Test
    void adminExistsInDemoMode() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", "demo").with(csrf()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aFailedLoginShowsOneGenericMessageAndKeepsTheTypedUsername() throws Exception {
        Browser session = new Browser();
        String wrongPassword = failedLogin(session, "fvandernoot", "wrong");
        Browser otherSession = new Browser();
        String unknownUser = failedLogin(otherSession, "nobody-here", "demo");

        Document page = Html.parse(mvc.perform(get("/login?error").with(session)));
        assertThat(page.selectFirst("#username").attr("value")).isEqualTo("fvandernoot");
        assertThat(Html.text(page, "#login-error")).isEqualTo("Nom d’utilisateur ou mot de passe incorrect.");
        assertThat(wrongPassword).isEqualTo(unknownUser).isEqualTo("/login?error");
        Document other = Html.parse(mvc.perform(get("/login?error").with(otherSession)));
        assertThat(Html.text(other, "#login-error")).isEqualTo(Html.text(page, "#login-error"));
    }

    @Test
    void aLoginWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "fvandernoot").param("password", "demo"))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("pgerard")
    void aStateChangingRequestWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/logout")).andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    @WithUserDetails("pgerard")
    void pagesCarryAContentSecurityPolicyWithoutInlineScripts() throws Exception {
        MvcResult result = mvc.perform(get("/partners")).andExpect(status().isOk())
                .andExpect(header().string("X-Frame-Options", "DENY")).andReturn();
        String policy = result.getResponse().getHeader("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self'", "default-src 'self'", "form-action 'self';")
                .doesNotContain("unsafe-inline");
        Document page = Html.parse(mvc.perform(get("/partners")));
        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.select("[style]")).isEmpty();
    }

    @Test
    @WithUserDetails("pgerard")
    void theLoggedInUserAndTheirRoleAreShown() throws Exception {
        Document page = Html.parse(mvc.perform(get("/")));
        assertThat(page.select("header").text()).contains("Pierre Gérard (Membre de la Cellule)", "démo");
        // The person's menu: their name on its button; logging out here or on every device, said plainly.
        assertThat(Html.text(page, "header .user-menu summary")).isEqualTo("Pierre Gérard");
        assertThat(Html.texts(page, "header .user-menu button")).containsExactly("Se déconnecter",
                "Se déconnecter sur tous les appareils");
        assertThat(page.select("header .user-menu a[href=/staff/pgerard]")).hasSize(1);
    }

    private String failedLogin(Browser session, String username, String password) throws Exception {
        return mvc.perform(post("/login").with(session).param("username", username).param("password", password)
                .with(csrf())).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
    }
}
