package be.brussels.international.coordination.security;

import be.brussels.international.coordination.shared.StaticFiles;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpMethod;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Deny by default: every page needs a login except the login page, static assets and the health check.
 * Services check roles again with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SsoProperties.class)
class SecurityConfiguration {

    /**
     * Scripts, styles, fonts and images from the application only; forms post to the application only — and,
     * with single sign-on, to the identity provider, where logging out sends the browser.
     */
    static String contentSecurityPolicy(Set<String> identityProviders) {
        String formTargets = identityProviders.stream().map(origin -> " " + origin).collect(Collectors.joining());
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'" + formTargets + "; frame-ancestors 'none'";
    }

    /**
     * The pages' static files ({@link StaticFiles}): public, and served without a session. Under the main chain,
     * reading who is asking (even to permit all) loaded the session from PostgreSQL for every file a page loads.
     */
    @Bean
    @Order(1)
    SecurityFilterChain staticFiles(HttpSecurity http) throws Exception {
        // Public: no authorization rule, nobody to recognise (not even as anonymous, which reads the session id).
        http.securityMatcher(StaticFiles.PATTERNS)
            .anonymous(anonymous -> anonymous.disable())
            .securityContext(context -> context
                .securityContextRepository(new RequestAttributeSecurityContextRepository()))
            .sessionManagement(sessions -> sessions.disable())
            .logout(logout -> logout.disable())
            .requestCache(cache -> cache.disable())
            .csrf(csrf -> csrf.disable()) // read only: nothing these addresses answer changes anything
            .headers(headers -> headers.frameOptions(frames -> frames.deny()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserAccountRepository accounts,
            UserDetailsService users, LoginThrottle throttle,
            ObjectProvider<ClientRegistrationRepository> identityProviders, SsoProperties sso,
            @Value("${coordination.public.requests-per-minute:120}") int publicRequestsPerMinute, Clock clock)
            throws Exception {
        PublicRateLimit publicRateLimit = new PublicRateLimit(publicRequestsPerMinute, clock);
        ClientRegistrationRepository singleSignOn = identityProviders.getIfAvailable();
        SimpleUrlLogoutSuccessHandler afterLogout = new SimpleUrlLogoutSuccessHandler();
        Set<String> providerOrigins = new TreeSet<>();
        if (singleSignOn != null) {
            providerOrigins.addAll(origins(singleSignOn));
            // Single sign-on beside the form (README): the provider vouches, the application decides. Logging
            // out of the application logs out of the provider too, then comes back to the login page.
            OidcClientInitiatedLogoutSuccessHandler logoutAtProvider =
                    new OidcClientInitiatedLogoutSuccessHandler(singleSignOn);
            logoutAtProvider.setPostLogoutRedirectUri("{baseUrl}/login?logout");
            afterLogout = logoutAtProvider;
            http.oauth2Login(login -> login
                    .loginPage("/login")
                    .successHandler(CsrfTokenAtLogin.thenWhereTheyWereGoing())
                    .userInfoEndpoint(info -> info.oidcUserService(new SsoUserService(accounts, sso)))
                    .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?ssoRefused")));
        }
        afterLogout.setDefaultTargetUrl("/login?logout");
        LogoutSuccessHandler loggedOut = afterLogout;
        http.addFilterBefore(publicRateLimit, UsernamePasswordAuthenticationFilter.class)
            .addFilterBefore(new CalendarFeedAuthentication(accounts, users), AuthorizationFilter.class)
            .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
            .authorizeHttpRequests(requests -> requests
                .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                .requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/favicon.ico").permitAll()
                // A one-time link: opened before its person has a password (throttled, see AccountController).
                .requestMatchers("/account/link", "/account/link/*").permitAll()
                // The public pages (« The Brussels globe »): the one prefix a reverse proxy publishes to the world.
                .requestMatchers("/public/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/newsletter").permitAll()
                .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/staff/new", "/partners/new", "/partners/*/edit", "/partners/*/end",
                    "/partners/*/resume", "/dossiers/new", "/dossiers/*/edit", "/dossiers/*/retire")
                    .hasRole(Role.COORDINATOR.name())
                .requestMatchers(HttpMethod.POST, "/partners/*").hasRole(Role.COORDINATOR.name())
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/workload", "/dossiers/*/reassign", "/dossiers/*/undo", "/staff/*/handover")
                    .hasRole(Role.COORDINATOR.name())
                .requestMatchers("/visits/new", "/visits/*/edit", "/visits/*/*/*/edit").hasRole(Role.PROTOCOL.name())
                .requestMatchers(HttpMethod.POST, "/visits", "/visits/**").hasRole(Role.PROTOCOL.name())
                .anyRequest().authenticated())
            // RFC 8058: a mail client unsubscribes in one click, posting without a page nor a token (the address is
            // signed: PublicNewsletterController). Every other state-changing request needs its CSRF token.
            .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::isOneClickUnsubscription))
            .formLogin(login -> login
                .loginPage("/login")
                .successHandler(CsrfTokenAtLogin.thenWhereTheyWereGoing())
                .failureHandler(new RememberUsernameFailureHandler(throttle)))
            .logout(logout -> logout.logoutSuccessHandler(loggedOut))
            // The search suggestions are fetched by htmx: sent to the login page, it would show that page inside
            // the suggestions box. It is told to take the whole window there instead.
            .exceptionHandling(errors -> errors.authenticationEntryPoint(
                (request, response, refused) -> sendToLoginPage("/login", request, response))
                // A public form posted after its session ended (its CSRF token with it): back to the page, which
                // says so in the reader's language, rather than the intranet's 403.
                .accessDeniedHandler((request, response, denied) -> {
                    if (denied instanceof CsrfException
                            && request.getRequestURI().startsWith(request.getContextPath() + "/public/newsletter")) {
                        response.sendRedirect(request.getContextPath() + "/public/newsletter?expired");
                    }
                    else {
                        new AccessDeniedHandlerImpl().handle(request, response, denied);
                    }
                }))
            // A new session id at login (no fixation). Sessions live in PostgreSQL (Spring Session, indexed by the
            // login's name): a person can end all of theirs ("log out everywhere"), leaving the cell ends them, and
            // every instance refuses an ended one at its next request.
            .sessionManagement(sessions -> sessions
                .sessionFixation(fixation -> fixation.changeSessionId()))
            .addFilterBefore(new EndedSessionFilter(SecurityConfiguration::sendToLoginPage),
                SecurityContextHolderFilter.class)
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(providerOrigins)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frames -> frames.deny()));
        return http.build();
    }

    /** The POST of RFC 8058 to a newsletter's unsubscription address. */
    static boolean isOneClickUnsubscription(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getRequestURI().startsWith(request.getContextPath() + "/public/newsletter/unsubscribe/")
                && "One-Click".equals(request.getParameter("List-Unsubscribe"));
    }

    /** A request made by htmx (it says so in a header). */
    private static final RequestMatcher HTMX = new RequestHeaderRequestMatcher("HX-Request", "true");

    /**
     * Sends the reader to the login page. A request of htmx (the search suggestions) is answered 401 with an
     * {@code HX-Redirect} header, so that htmx loads the page in the whole window instead of showing it inside
     * the suggestions box.
     */
    private static void sendToLoginPage(String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (HTMX.matches(request)) {
            response.setHeader("HX-Redirect", request.getContextPath() + path);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        }
        else {
            response.sendRedirect(request.getContextPath() + path);
        }
    }

    /** The identity providers configured (a repository of registrations is iterable in practice, not by type). */
    static List<ClientRegistration> registrations(ClientRegistrationRepository providers) {
        List<ClientRegistration> registrations = new ArrayList<>();
        if (providers instanceof Iterable<?> configured) {
            configured.forEach(each -> registrations.add((ClientRegistration) each));
        }
        return registrations;
    }

    /** The headers of every page, for the responses Spring Security's filters do not see (see {@link PageHeaders}). */
    @Bean
    PageHeaders pageHeaders(ObjectProvider<ClientRegistrationRepository> identityProviders) {
        ClientRegistrationRepository singleSignOn = identityProviders.getIfAvailable();
        return new PageHeaders(List.of(
                new ContentSecurityPolicyHeaderWriter(contentSecurityPolicy(
                        singleSignOn == null ? Set.of() : origins(singleSignOn))),
                new XContentTypeOptionsHeaderWriter(), new CacheControlHeadersWriter(),
                new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY),
                new ReferrerPolicyHeaderWriter(ReferrerPolicy.SAME_ORIGIN)));
    }

    /**
     * A request Spring Security's firewall refuses (an encoded slash or semicolon in a path, a path not normalised)
     * gets the application's 400 page with the headers of every page: it is refused before the filter that writes
     * them, and the page names the reader (who must not have it kept by a cache, framed or sniffed).
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(PageHeaders headers) {
        return (request, response, rejected) -> {
            headers.writeUnlessWritten(request, response);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        };
    }

    /** An error page made on an error dispatch alone (Tomcat refused the request: /WEB-INF/…, TRACE), with the headers. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> errorPageHeaders(PageHeaders headers) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(headers.errorDispatches());
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Tomcat's own page for an address it cannot decode, with the headers. */
    @Bean
    ApplicationListener<WebServerInitializedEvent> tomcatErrorPageHeaders(PageHeaders headers) {
        return headers.tomcatErrorPages();
    }

    /** Where the identity providers' pages are: their issuers and logout pages, as {@code https://host:port}. */
    private static Set<String> origins(ClientRegistrationRepository providers) {
        Set<String> origins = new TreeSet<>();
        for (ClientRegistration registration : registrations(providers)) {
            ClientRegistration.ProviderDetails provider = registration.getProviderDetails();
            Stream.of(provider.getIssuerUri(), provider.getAuthorizationUri(),
                    provider.getConfigurationMetadata().get("end_session_endpoint"))
                .filter(Objects::nonNull)
                .map(address -> URI.create(address.toString()))
                .filter(uri -> uri.getScheme() != null && uri.getHost() != null)
                .forEach(uri -> origins.add(uri.getScheme() + "://" + uri.getRawAuthority()));
        }
        return origins;
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name()).implies(Role.COORDINATOR.name())
                .role(Role.COORDINATOR.name()).implies(Role.PROTOCOL.name())
                .role(Role.PROTOCOL.name()).implies(Role.STAFF.name())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
