package be.brussels.international.coordination.security;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import be.brussels.international.coordination.Browser;
import be.brussels.international.coordination.CommittedChanges;
import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Accounts administered from the interface: an arrival and her one-time link, passwords (strength, current
 * password, other sessions ended), the administrator's rules (never oneself, never the last administrator),
 * role changes audited into the person's history. Committed (logins read committed accounts), then undone.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AccountsTests {

    private static final String GOOD = "lanterne magique sous la pluie";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Accounts accounts;

    CommittedChanges committed;

    @BeforeEach
    void mark() {
        committed = CommittedChanges.mark(jdbc);
    }

    @AfterEach
    void undo() {
        committed.undo();
    }

    @Test
    void aNewAttacheChoosesHerPasswordOnHerLinkOnceAndLogsInAndTheLinkIsInNoLog(CapturedOutput output)
            throws Exception {
        // At production's log levels (the tests run at WARN): everything the application and Spring say at INFO.
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
        try {
            choosesHerPasswordOnHerLink(output);
        }
        finally {
            logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
        }
    }

    private void choosesHerPasswordOnHerLink(CapturedOutput output) throws Exception {
        String link = bringIn("smartens", "STAFF");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(jdbc.queryForObject("select token_hash from account_link order by id desc limit 1", String.class))
                .as("only a hash is stored").isEqualTo(Accounts.hash(token)).doesNotContain(token);
        assertThat(jdbc.queryForObject("select password_hash from user_account where username = 'smartens'",
                String.class)).isNull();

        Browser browser = new Browser();
        mvc.perform(get("/account/link/" + token).with(browser)).andExpect(redirectedUrl("/account/link"));
        String session = new String(Base64.getDecoder().decode(browser.sessionCookie()), StandardCharsets.UTF_8);
        assertThat(jdbc.queryForObject("""
                select count(*) from spring_session_attributes a join spring_session s on s.primary_id = a.session_primary_id
                where s.session_id = ? and position(convert_to(?, 'UTF8') in a.attribute_bytes) > 0""",
                Integer.class, session, token)).as("the secret is not kept in the reader's session (PostgreSQL)").isZero();
        Document page = Html.parse(mvc.perform(get("/account/link").with(browser)).andExpect(status().isOk()));
        assertThat(page.select("h1").text()).isEqualTo("Activer mon compte");
        assertThat(page.text()).contains("Sofia Martens", "smartens");

        Document weak = Html.parse(mvc.perform(post("/account/link").with(browser).with(csrf())
                .param("newPassword", "azerty123456").param("confirmation", "azerty123456"))
                .andExpect(status().isBadRequest()));
        assertThat(weak.select("#newPassword-error").text()).startsWith("Ce mot de passe est trop facile à deviner.")
                .hasSizeGreaterThan("Ce mot de passe est trop facile à deviner.".length() + 5);
        assertThat(weak.select("#newPassword").attr("value")).as("a password is never shown again").isEmpty();
        for (String own : List.of("sofiamartens", "Martens-Sofía-2026", "lanterne smartens magique")) {
            Document refused = Html.parse(mvc.perform(post("/account/link").with(browser).with(csrf())
                    .param("newPassword", own).param("confirmation", own)).andExpect(status().isBadRequest()));
            assertThat(refused.select("#newPassword-error").text()).as("built on her name or login: " + own)
                    .isEqualTo("Ce mot de passe contient votre nom ou votre identifiant : il serait deviné parmi les premiers.");
        }

        mvc.perform(post("/account/link").with(browser).with(csrf()).param("newPassword", GOOD)
                .param("confirmation", GOOD)).andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("success", "account.link.done"));
        mvc.perform(post("/login").param("username", "smartens").param("password", GOOD).with(csrf()))
                .andExpect(redirectedUrl("/"));

        mvc.perform(get("/account/link/" + token).with(new Browser()))
                .andExpect(status().isGone());
        assertThat(Html.parse(mvc.perform(get("/staff/smartens/history").with(as("gclerckx")))).select("tbody").text())
                .contains("Lien à usage unique émis pour Sofia Martens (activation du compte)",
                        "Lien à usage unique de Sofia Martens utilisé", "Compte de Sofia Martens créé (Membre de la Cellule)",
                        "Fiche de Sofia Martens créée");
        assertThat(output.getAll()).as("the log is captured").contains("One-time link (ACTIVATION) issued for 'smartens'");
        assertThat(output.getAll()).as("the link's secret in the log").doesNotContain(token);
    }

    @Test
    void anExpiredOrUnknownLinkIsRefusedAndTheAnswerIsTheSameForBoth() throws Exception {
        String link = bringIn("smartens", "STAFF");
        String token = link.substring(link.lastIndexOf('/') + 1);
        jdbc.update("update account_link set created_at = now() - interval '4 days',"
                + " expires_at = now() - interval '1 day' where token_hash = ?", Accounts.hash(token));

        String expired = mvc.perform(get("/account/link/" + token)).andExpect(status().isGone()).andReturn()
                .getResponse().getContentAsString();
        String other = token.substring(0, 3) + (token.charAt(3) == '_' ? '-' : '_') + token.substring(4); // never the same
        String unknown = mvc.perform(get("/account/link/" + other))
                .andExpect(status().isGone()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(expired).select("main").text())
                .isEqualTo(Jsoup.parse(unknown).select("main").text())
                .contains("Ce lien ne fonctionne pas");
    }

    @Test
    void aNewLinkFromTheAdministratorReplacesTheEarlierOneAndTheOldPasswordWorksUntilTheNewIsChosen()
            throws Exception {
        MvcResult issued = mvc.perform(post("/admin/accounts/pgerard/link").with(csrf()).with(as("admin"))
                .param("version", version("pgerard"))).andExpect(redirectedUrl("/admin/accounts/pgerard")).andReturn();
        String first = token((IssuedLinkNotice) issued.getFlashMap().get("issuedLink"));
        String second = token((IssuedLinkNotice) mvc.perform(post("/admin/accounts/pgerard/link").with(csrf())
                .with(as("admin")).param("version", version("pgerard"))).andReturn().getFlashMap().get("issuedLink"));

        mvc.perform(get("/account/link/" + first)).andExpect(status().isGone());
        mvc.perform(post("/login").param("username", "pgerard").param("password", "demo").with(csrf()))
                .andExpect(redirectedUrl("/"));
        Browser browser = new Browser();
        mvc.perform(get("/account/link/" + second).with(browser)).andExpect(redirectedUrl("/account/link"));
        assertThat(Html.parse(mvc.perform(get("/account/link").with(browser))).select("h1").text())
                .isEqualTo("Choisir un nouveau mot de passe");
        mvc.perform(post("/account/link").with(browser).with(csrf()).param("newPassword", GOOD)
                .param("confirmation", GOOD)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login").param("username", "pgerard").param("password", "demo").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void changingOnesPasswordNeedsTheCurrentOneAndEndsTheOtherSessionsOnly() throws Exception {
        Browser laptop = login("cteclu", "demo");
        Browser phone = login("cteclu", "demo");

        Document wrong = Html.parse(mvc.perform(post("/account/password").with(laptop).with(csrf())
                .param("currentPassword", "wrong").param("newPassword", GOOD).param("confirmation", GOOD))
                .andExpect(status().isBadRequest()));
        assertThat(wrong.select("#currentPassword-error").text()).isEqualTo("Le mot de passe actuel n’est pas le bon.");
        Document mistyped = Html.parse(mvc.perform(post("/account/password").with(laptop).with(csrf())
                .param("currentPassword", "demo").param("newPassword", GOOD).param("confirmation", GOOD + "!"))
                .andExpect(status().isBadRequest()));
        assertThat(mistyped.select("#confirmation-error").text()).contains("diffèrent");

        mvc.perform(post("/account/password").with(laptop).with(csrf()).param("currentPassword", "demo")
                .param("newPassword", " " + GOOD).param("confirmation", " " + GOOD))
                .andExpect(redirectedUrl("/staff/cteclu"));

        mvc.perform(get("/").with(laptop)).andExpect(status().isOk());
        mvc.perform(get("/").with(phone)).andExpect(redirectedUrl("/login?ended"));
        login("cteclu", " " + GOOD);
    }

    @Test
    void aCoordinatorBringsInPeopleButNeitherAnAdministratorNorATakenLogin() throws Exception {
        Document taken = Html.parse(mvc.perform(arrival("pgerard", "STAFF").with(as("gclerckx")))
                .andExpect(status().isOk()));
        assertThat(taken.select("#username-error").text()).contains("« pgerard » est déjà pris");
        assertThat(taken.select("#firstName").val()).as("what was typed is kept").isEqualTo("Sofia");

        Document admin = Html.parse(mvc.perform(arrival("smartens", "ADMIN").with(as("gclerckx")))
                .andExpect(status().isOk()));
        assertThat(admin.select("#role-error").text()).contains("Seul un administrateur");
        Document reserved = Html.parse(mvc.perform(arrival("new", "STAFF").with(as("gclerckx")))
                .andExpect(status().isOk()));
        assertThat(reserved.select("#username-error").text()).contains("déjà pris");
        Document malformed = Html.parse(mvc.perform(arrival("Sofia M", "STAFF").with(as("gclerckx")))
                .andExpect(status().isOk()));
        assertThat(malformed.select("#username-error").text()).contains("lettres minuscules");
        assertThat(jdbc.queryForObject("select count(*) from user_account where username in ('smartens', 'new')",
                Long.class)).isZero();
    }

    /** The accounts list, as every list: filtered by role and state, sorted by its columns, exported as shown. */
    @Test
    void theAccountsAreFilteredSortedAndExportedAsShown() throws Exception {
        Document coordinators = Html.parse(mvc.perform(get("/admin/accounts?role=COORDINATOR").with(as("admin"))));
        assertThat(Html.texts(coordinators, "#account-list tbody code")).containsExactly("gclerckx");
        Document disabled = Html.parse(mvc.perform(get("/admin/accounts?state=DISABLED").with(as("admin"))));
        assertThat(disabled.select("#account-list")).isEmpty();
        assertThat(disabled.select(".alert-info")).hasSize(1);

        Document byLogin = Html.parse(mvc.perform(get("/admin/accounts?sort=username&size=100").with(as("admin"))));
        List<String> logins = Html.texts(byLogin, "#account-list tbody code");
        assertThat(logins).hasSizeGreaterThan(5).isSorted();
        Document byRole = Html.parse(mvc.perform(get("/admin/accounts?sort=role&size=100").with(as("admin"))));
        assertThat(Html.texts(byRole, "#account-list tbody code").get(0)).isEqualTo("admin");

        List<org.apache.commons.csv.CSVRecord> exported = be.brussels.international.coordination.Exports.csv(mvc,
                get("/admin/accounts").param("export", "csv").param("role", "COORDINATOR").with(as("admin")));
        assertThat(exported).hasSize(2);
        assertThat(exported.get(1).get(1)).isEqualTo("gclerckx");
        mvc.perform(get("/admin/accounts").param("export", "csv").with(as("gclerckx")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAdministratorNeverDemotesNorDisablesHimselfNorTheLastAdministrator() throws Exception {
        mvc.perform(post("/admin/accounts/admin/role").with(csrf()).with(as("admin")).param("role", "STAFF")
                .param("version", version("admin"))).andExpect(redirectedUrl("/admin/accounts/admin"));
        mvc.perform(post("/admin/accounts/admin/disable").with(csrf()).with(as("admin"))
                .param("version", version("admin")))
                .andExpect(flash().attribute("failure", "account.refused.selfDisable"));
        assertThat(jdbc.queryForMap("select role, enabled from user_account where username = 'admin'"))
                .containsEntry("role", "ADMIN").containsEntry("enabled", true);
        // Nor issues himself a one-time link: his page sends him to his own password's page instead.
        mvc.perform(post("/admin/accounts/admin/link").with(csrf()).with(as("admin"))
                .param("version", version("admin")))
                .andExpect(flash().attribute("failure", "account.refused.selfLink"));
        assertThat(jdbc.queryForObject("select count(*) from account_link l join user_account a on a.id = l.user_account_id"
                + " where a.username = 'admin'", Long.class)).isZero();
        Document own = Html.parse(mvc.perform(get("/admin/accounts/admin").with(as("admin"))));
        assertThat(own.select("form[action$=/link]")).isEmpty();
        assertThat(own.select("#own-password a").attr("href")).isEqualTo("/account/password");
    }

    @Test
    @WithMockUser(username = "robot", roles = "ADMIN")
    void theLastEnabledAdministratorIsNeverDemotedNorDisabledEvenByAnotherAdministrator() {
        long version = Long.parseLong(version("admin"));
        assertThatThrownBy(() -> accounts.changeRole("admin", version, Role.COORDINATOR))
                .isInstanceOf(AccountRefused.class).hasMessageStartingWith("account.refused.lastAdmin");
        assertThatThrownBy(() -> accounts.disable("admin", version))
                .isInstanceOf(AccountRefused.class).hasMessageStartingWith("account.refused.lastAdmin");
    }

    @Test
    void aRoleChangeIsAuditedWithWhoMadeItAndShownWithBeforeAndAfterInThePersonsHistory() throws Exception {
        Browser before = login("pgerard", "demo");
        mvc.perform(post("/admin/accounts/pgerard/role").with(csrf()).with(as("admin")).param("role", "PROTOCOL")
                .param("version", version("pgerard"))).andExpect(flash().attribute("success", "account.role.changed"));
        mvc.perform(post("/admin/accounts/pgerard/role").with(csrf()).with(as("admin")).param("role", "STAFF")
                .param("version", "0")).andExpect(flash().attribute("failure", "account.conflict"));

        assertThat(jdbc.queryForMap("""
                select x.role, r.username from user_account_aud x join revision r on r.id = x.rev
                where x.username = 'pgerard' and x.rev > ? order by x.rev desc limit 1""", committed.revision()))
                .containsEntry("role", "PROTOCOL").containsEntry("username", "admin");
        Document history = Html.parse(mvc.perform(get("/staff/pgerard/history").with(as("fvandernoot")))
                .andExpect(status().isOk()));
        assertThat(history.select("tbody tr").first().text())
                .contains("admin", "Rôle de Pierre Gérard : Membre de la Cellule → Protocole");
        // The new role applies: Pierre may now record a visit. The session he had, with his former role, is ended.
        assertThat(users.loadUserByUsername("pgerard").getAuthorities().toString()).contains("ROLE_PROTOCOL");
        mvc.perform(get("/").with(before)).andExpect(redirectedUrl("/login?ended"));
    }

    @Test
    void aDisabledAccountCannotLogInAndItsSessionsEnd() throws Exception {
        Browser session = login("bspapens", "demo");
        mvc.perform(post("/admin/accounts/bspapens/disable").with(csrf()).with(as("admin"))
                .param("version", version("bspapens"))).andExpect(flash().attribute("success", "account.disabled"));

        mvc.perform(get("/").with(session)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(post("/login").param("username", "bspapens").param("password", "demo").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/admin/accounts/bspapens/enable").with(csrf()).with(as("admin"))
                .param("version", version("bspapens"))).andExpect(flash().attribute("success", "account.enabled"));
        login("bspapens", "demo");
    }

    private String bringIn(String username, String role) throws Exception {
        MvcResult result = mvc.perform(arrival(username, role).with(as("gclerckx")))
                .andExpect(redirectedUrl("/staff/" + username))
                .andExpect(flash().attribute("success", "staff.arrived")).andReturn();
        IssuedLinkNotice notice = (IssuedLinkNotice) result.getFlashMap().get("issuedLink");
        assertThat(notice.name()).isEqualTo("Sofia Martens");
        assertThat(notice.mailed()).as("mail is off in the tests").isFalse();
        return notice.url();
    }

    private static MockHttpServletRequestBuilder arrival(String username, String role) {
        return post("/staff/new").with(csrf()).param("firstName", "Sofia").param("lastName", "Martens")
                .param("titleFr", "Attachée").param("titleNl", "Attaché").param("titleEn", "Attaché")
                .param("username", username).param("role", role).param("email", "")
                .param("startedOn", LocalDate.now().toString());
    }

    private static String token(IssuedLinkNotice notice) {
        return notice.url().substring(notice.url().lastIndexOf('/') + 1);
    }

    private String version(String username) {
        return jdbc.queryForObject("select version from user_account where username = ?", String.class, username);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private Browser login(String username, String password) throws Exception {
        Browser browser = new Browser();
        mvc.perform(post("/login").with(browser).param("username", username).param("password", password)
                .with(csrf())).andExpect(redirectedUrl("/"));
        return browser;
    }
}
