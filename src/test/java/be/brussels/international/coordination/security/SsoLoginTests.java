package be.brussels.international.coordination.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import be.brussels.international.coordination.Browser;
import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.TestDatabase;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Single sign-on end to end against a small OpenID Connect provider run by the test (discovery document,
 * token endpoint, signing keys): the application discovers it at start-up, sends the browser to it, takes
 * the code back, checks the signed ID token and maps the person's groups to roles. Its own Spring context:
 * single sign-on is off in every other test, as it is by default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = { "logging.level.root=WARN", "coordination.reference.watch=false",
                "coordination.sso.roles-claim=realm_access.roles",
                "coordination.sso.roles.STAFF=bi-coordination", "coordination.sso.roles.PROTOCOL=bi-protocole",
                "coordination.sso.roles.COORDINATOR=bi-coordinateurs, bi-direction" })
@AutoConfigureMockMvc
@Import({ TestDatabase.class, Browser.Answers.class })
@ActiveProfiles("demo")
class SsoLoginTests {

    static final Provider PROVIDER = Provider.start();

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry properties) {
        String registration = "spring.security.oauth2.client.registration.sso.";
        properties.add(registration + "client-id", () -> "coordination");
        properties.add(registration + "client-secret", () -> "s3cret");
        properties.add(registration + "client-name", () -> "Compte régional");
        properties.add(registration + "scope", () -> "openid,profile");
        properties.add("spring.security.oauth2.client.provider.sso.issuer-uri", PROVIDER::issuer);
    }

    @AfterAll
    static void stop() {
        PROVIDER.server.stop(0);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLoginPageOffersTheProviderBesideTheForm() throws Exception {
        Document page = Html.parse(mvc.perform(get("/login").param("lang", "nl")).andExpect(status().isOk()));

        assertThat(page.select("a.sso-login").attr("href")).isEqualTo("/oauth2/authorization/sso");
        assertThat(page.select("a.sso-login").text()).isEqualTo("Aanmelden met: Compte régional");
        assertThat(page.select("form input[name=password]")).as("the form stays").hasSize(1);
    }

    @Test
    void formsMayLeadToTheProviderOnlySoThatLoggingOutCanReachIt() throws Exception {
        String policy = mvc.perform(get("/login")).andReturn().getResponse().getHeader("Content-Security-Policy");

        assertThat(policy).contains("form-action 'self' " + PROVIDER.issuer() + ";").contains("script-src 'self';");
    }

    @Test
    void aCoordinatorByHerGroupsIsLoggedInUnderHerAccountsName() throws Exception {
        Browser session = signIn(Map.of("preferred_username", "gclerckx",
                "realm_access", Map.of("roles", List.of("offline_access", "bi-coordination", "bi-direction"))));

        assertThat(session).isNotNull();
        mvc.perform(get("/workload").with(session)).andExpect(status().isOk());
        Document home = Html.parse(mvc.perform(get("/").with(session).param("lang", "en"))
                .andExpect(status().isOk()));
        assertThat(home.select("header").text()).contains("Geoffroy Clerckx (Coordinator)");
    }

    @Test
    void aLoginThroughTheProviderCountsAsTheAccountsLastLogin() throws Exception {
        java.sql.Timestamp before = jdbc.queryForObject(
                "select last_login_at from user_account where username = 'pgerard'", java.sql.Timestamp.class);

        signIn(Map.of("preferred_username", "pgerard", "realm_access", Map.of("roles", List.of("bi-coordination"))));

        java.sql.Timestamp after = jdbc.queryForObject(
                "select last_login_at from user_account where username = 'pgerard'", java.sql.Timestamp.class);
        assertThat(after).as("what the home page's 'new since your last visit' reads").isNotNull();
        if (before != null) {
            assertThat(after).isAfter(before);
        }
    }

    @Test
    void theProvidersGroupsNotTheAccountDecideTheRoles() throws Exception {
        // gclerckx is a coordinator in the application; the provider lists her in the staff group only.
        Browser session = signIn(Map.of("preferred_username", "gclerckx",
                "realm_access", Map.of("roles", List.of("bi-coordination"))));

        mvc.perform(get("/partners").with(session)).andExpect(status().isOk());
        mvc.perform(get("/workload").with(session)).andExpect(status().isForbidden());
        mvc.perform(get("/visits/new").with(session)).andExpect(status().isForbidden());
    }

    @Test
    void someoneWithoutAnAccountHereOrWithoutAMappedGroupIsRefusedWithAMessage() throws Exception {
        assertThat(signIn(Map.of("preferred_username", "jdupont",
                "realm_access", Map.of("roles", List.of("bi-coordination"))))).as("no account").isNull();
        assertThat(signIn(Map.of("preferred_username", "fvandernoot",
                "realm_access", Map.of("roles", List.of("offline_access"))))).as("no group mapped").isNull();
        assertThat(signIn(Map.of("realm_access", Map.of("roles", List.of("bi-coordination")))))
                .as("no username").isNull();

        Document login = Html.parse(mvc.perform(get("/login?ssoRefused").param("lang", "en")));
        assertThat(login.select("#sso-refused").text()).startsWith("Logging in with the Region’s account was refused");
    }

    @Test
    @Transactional
    void someoneWhoLeftTheCellCannotComeBackThroughTheProvider() throws Exception {
        jdbc.update("update user_account set enabled = false where username = 'fvandernoot'");

        assertThat(signIn(Map.of("preferred_username", "fvandernoot",
                "realm_access", Map.of("roles", List.of("bi-coordination"))))).isNull();
    }

    @Test
    void anIdTokenNotSignedByTheProviderIsRefused() throws Exception {
        PROVIDER.forgeNextToken = true;

        assertThat(signIn(Map.of("preferred_username", "gclerckx",
                "realm_access", Map.of("roles", List.of("bi-coordination"))))).isNull();
    }

    @Test
    void loggingOutEndsTheSessionAtTheProviderToo() throws Exception {
        Browser session = signIn(Map.of("preferred_username", "fvandernoot",
                "realm_access", Map.of("roles", List.of("bi-coordination"))));

        MvcResult logout = mvc.perform(post("/logout").with(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();

        URI endSession = URI.create(logout.getResponse().getRedirectedUrl());
        assertThat(endSession.getPath()).isEqualTo("/logout");
        assertThat(query(endSession)).containsKey("id_token_hint")
                .containsEntry("post_logout_redirect_uri", "http://localhost/login?logout");
        mvc.perform(get("/partners").with(session)).andExpect(status().is3xxRedirection());
    }

    /**
     * Follows the authorization code flow as a browser would: the application sends it to the provider, the
     * provider (here: the test) sends it back with a code for an ID token holding these claims.
     *
     * @return the logged-in session, or null when the application sent the person back to the login page
     */
    private Browser signIn(Map<String, Object> claims) throws Exception {
        Browser session = new Browser();
        MvcResult toProvider = mvc.perform(get("/oauth2/authorization/sso").with(session))
                .andExpect(status().is3xxRedirection()).andReturn();
        Map<String, String> authorization = query(URI.create(toProvider.getResponse().getRedirectedUrl()));
        assertThat(authorization).containsEntry("client_id", "coordination").containsEntry("response_type", "code");
        String code = PROVIDER.issueCode(claims, authorization.get("nonce"));

        MvcResult back = mvc.perform(get("/login/oauth2/code/sso").with(session)
                .param("code", code).param("state", authorization.get("state")))
                .andExpect(status().is3xxRedirection()).andReturn();
        String target = back.getResponse().getRedirectedUrl();
        if (target.startsWith("/login")) {
            assertThat(target).isEqualTo("/login?ssoRefused");
            return null;
        }
        assertThat(target).isEqualTo("/");
        return session;
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0],
                        pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8)));
    }

    /** A small OpenID Connect provider: discovery, keys, and a token endpoint that redeems the codes it issued. */
    static final class Provider {

        final HttpServer server;

        final RSAKey key;

        final Map<String, String> tokensByCode = new ConcurrentHashMap<>();

        volatile boolean forgeNextToken;

        private Provider(HttpServer server, RSAKey key) {
            this.server = server;
            this.key = key;
        }

        static Provider start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                Provider provider = new Provider(server, new RSAKeyGenerator(2048).keyID("test-key").generate());
                provider.serve("/.well-known/openid-configuration", exchange -> provider.discovery());
                provider.serve("/jwks", exchange -> new JWKSet(provider.key.toPublicJWK()).toString());
                provider.serve("/token", provider::token);
                server.start();
                return provider;
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        String issuer() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        String issueCode(Map<String, Object> claims, String nonce) throws JOSEException {
            Instant now = Instant.now();
            JWTClaimsSet.Builder token = new JWTClaimsSet.Builder().issuer(issuer()).subject("f81d4fae-7dec")
                    .audience("coordination").issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                    .claim("nonce", nonce);
            claims.forEach(token::claim);
            RSAKey signer = key;
            if (forgeNextToken) {
                forgeNextToken = false;
                signer = new RSAKeyGenerator(2048).keyID("test-key").generate();
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    token.build());
            jwt.sign(new RSASSASigner(signer));
            String code = java.util.UUID.randomUUID().toString();
            tokensByCode.put(code, jwt.serialize());
            return code;
        }

        private String discovery() {
            String issuer = issuer();
            return """
                    {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
                     "jwks_uri": "%1$s/jwks", "end_session_endpoint": "%1$s/logout",
                     "response_types_supported": ["code"], "subject_types_supported": ["public"],
                     "id_token_signing_alg_values_supported": ["RS256"], "scopes_supported": ["openid", "profile"],
                     "token_endpoint_auth_methods_supported": ["client_secret_basic"]}""".formatted(issuer);
        }

        private String token(HttpExchange exchange) throws IOException {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> parameters = query(URI.create("?" + form));
            String idToken = tokensByCode.remove(parameters.get("code"));
            String credentials = exchange.getRequestHeaders().getFirst("Authorization");
            if (idToken == null || credentials == null || !credentials.startsWith("Basic ")) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(400, 0);
                return "{\"error\": \"invalid_grant\"}";
            }
            return """
                    {"access_token": "at-%s", "token_type": "Bearer", "expires_in": 300, "scope": "openid profile",
                     "id_token": "%s"}""".formatted(parameters.get("code"), idToken);
        }

        private void serve(String path, ThrowingFunction<HttpExchange, String> body) {
            server.createContext(path, exchange -> {
                try (exchange) {
                    String answer = body.apply(exchange);
                    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                    if (exchange.getResponseCode() == -1) {
                        exchange.getResponseHeaders().add("Content-Type", "application/json");
                        exchange.sendResponseHeaders(200, bytes.length);
                    }
                    exchange.getResponseBody().write(bytes);
                }
                catch (JOSEException e) {
                    throw new IOException(e);
                }
            });
        }

        interface ThrowingFunction<T, R> {
            R apply(T value) throws IOException, JOSEException;
        }
    }
}
