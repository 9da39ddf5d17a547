package be.brussels.international.coordination.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import be.brussels.international.coordination.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may do what, route by route: every handler mapping of the application (controllers, error page,
 * actuator) is requested by an anonymous reader and by a STAFF member, the protocol officer, the coordinator
 * and an administrator, and the outcome must be the one declared in {@link #MATRIX}. A new endpoint without a
 * line in the table fails {@link #everyHandlerMappingHasALineInTheTable()}. Row rights are lines of their own:
 * the same route on a partner the STAFF member holds (Québec) and on one she does not (Tokyo).
 *
 * <p>Outcomes: {@code server_error} — declared nowhere (a 5xx anywhere fails; {@code /error} asked for directly is
 * not found, as an unknown address); {@code ok} — served (any status but 403, a redirect to the login page or a server error: a
 * form sent empty comes back with its messages, an unknown record is a 404); {@code login} — redirected to
 * the login page; {@code denied} — 403. Every request runs in its own transaction, rolled back, on fresh
 * records; state-changing requests carry a valid CSRF token (refusal without one:
 * {@link #everyStateChangingRequestWithoutAValidCsrfTokenIsRefused()}).
 */
@IntegrationTest
class RouteRoleMatrixTests {

    enum Who {
        ANONYMOUS(null), STAFF("fvandernoot"), PROTOCOL("wvanwaeyenberge"), COORDINATOR("gclerckx"), ADMIN("admin");

        final String username;

        Who(String username) {
            this.username = username;
        }
    }

    /*
     * mapping (as the handler mapping declares it) | a URL to request, {records} filled from the fixtures |
     * outcome for: anonymous staff protocol coordinator admin
     */
    static final String MATRIX = """
            ANY /error                                         | /error                                            | ok ok ok ok ok
            GET /login                                         | /login                                            | ok ok ok ok ok
            POST /logout/everywhere                            | /logout/everywhere                                | login ok ok ok ok
            GET /actuator                                      | /actuator                                         | login denied denied denied ok
            GET /actuator/health                               | /actuator/health                                  | ok ok ok ok ok
            GET /actuator/health/**                            | /actuator/health/db                               | ok ok ok ok ok
            GET /actuator/info                                 | /actuator/info                                    | login denied denied denied ok
            GET /actuator/prometheus                           | /actuator/prometheus                              | login denied denied denied ok
            GET /                                              | /                                                 | login ok ok ok ok
            GET /attention                                     | /attention?alert=NOTICE_DUE                       | login ok ok ok ok
            GET /search                                        | /search?q=quebec                                  | login ok ok ok ok
            GET /search/suggestions                            | /search/suggestions?q=quebec                      | login ok ok ok ok
            GET /partners                                      | /partners                                         | login ok ok ok ok
            GET /partners ?export                              | /partners?export=csv                              | login ok ok ok ok
            GET /partners/new                                  | /partners/new                                     | login denied denied ok ok
            POST /partners/new                                 | /partners/new                                     | login denied denied ok ok
            GET /partners/{slug}/edit                          | /partners/tokyo/edit                              | login denied denied ok ok
            POST /partners/{slug}                              | /partners/tokyo                                   | login denied denied ok ok
            GET /partners/{slug}/end                           | /partners/tokyo/end                               | login denied denied ok ok
            POST /partners/{slug}/end                          | /partners/tokyo/end                               | login denied denied ok ok
            GET /partners/{slug}/resume                        | /partners/tokyo/resume                            | login denied denied ok ok
            POST /partners/{slug}/resume                       | /partners/tokyo/resume                            | login denied denied ok ok
            GET /dossiers/new                                  | /dossiers/new                                     | login denied denied ok ok
            POST /dossiers/new                                 | /dossiers/new                                     | login denied denied ok ok
            GET /dossiers/{code}/edit                          | /dossiers/world-expos/edit                        | login denied denied ok ok
            POST /dossiers/{code}/edit                         | /dossiers/world-expos/edit                        | login denied denied ok ok
            GET /dossiers/{code}/retire                        | /dossiers/world-expos/retire                      | login denied denied ok ok
            POST /dossiers/{code}/retire                       | /dossiers/world-expos/retire                      | login denied denied ok ok
            GET /partners/{slug}                               | /partners/tokyo                                   | login ok ok ok ok
            GET /partners/{slug}/timeline                      | /partners/tokyo/timeline                          | login ok ok ok ok
            GET /partners/{slug}/timeline ?export              | /partners/tokyo/timeline?export=csv               | login ok ok ok ok
            GET /partners/{slug}/history                       | /partners/tokyo/history                           | login ok ok ok ok
            GET /partners/{slug}/history ?export               | /partners/tokyo/history?export=xlsx               | login ok ok ok ok
            GET /partners/{slug}/contacts ?export              | /partners/tokyo/contacts?export=csv               | login ok ok ok ok
            POST /partners/{slug}/contacts                     | /partners/quebec/contacts                         | login ok denied ok ok
            POST /partners/{slug}/contacts                     | /partners/tokyo/contacts                          | login denied denied ok ok
            POST /partners/{slug}/contacts/{id}/end            | /partners/quebec/contacts/{contactQuebec}/end     | login ok denied ok ok
            POST /partners/{slug}/contacts/{id}/end            | /partners/tokyo/contacts/{contactTokyo}/end       | login denied denied ok ok
            POST /partners/{slug}/notes                        | /partners/quebec/notes                            | login ok denied ok ok
            POST /partners/{slug}/notes                        | /partners/tokyo/notes                             | login denied denied ok ok
            GET /partners/{slug}/contacts/{id}                 | /partners/quebec/contacts/{contactQuebec}         | login ok ok ok ok
            GET /partners/{slug}/notes/{id}                    | /partners/quebec/notes/{noteQuebec}               | login ok ok ok ok
            GET /partners/{slug}/contacts/{id}/edit            | /partners/quebec/contacts/{contactQuebec}/edit    | login ok denied ok ok
            GET /partners/{slug}/contacts/{id}/edit            | /partners/tokyo/contacts/{contactTokyo}/edit      | login denied denied ok ok
            POST /partners/{slug}/contacts/{id}                | /partners/quebec/contacts/{contactQuebec}         | login ok denied ok ok
            POST /partners/{slug}/contacts/{id}                | /partners/tokyo/contacts/{contactTokyo}           | login denied denied ok ok
            POST /partners/{slug}/contacts/{id}/delete         | /partners/quebec/contacts/{contactQuebec}/delete  | login ok denied ok ok
            POST /partners/{slug}/contacts/{id}/delete         | /partners/tokyo/contacts/{contactTokyo}/delete    | login denied denied ok ok
            GET /partners/{slug}/notes/{id}/edit               | /partners/quebec/notes/{noteQuebec}/edit          | login ok denied ok ok
            GET /partners/{slug}/notes/{id}/edit               | /partners/quebec/notes/{noteByOther}/edit         | login denied denied ok ok
            POST /partners/{slug}/notes/{id}                   | /partners/quebec/notes/{noteQuebec}               | login ok denied ok ok
            POST /partners/{slug}/notes/{id}                   | /partners/quebec/notes/{noteByOther}              | login denied denied ok ok
            POST /partners/{slug}/notes/{id}/delete            | /partners/quebec/notes/{noteQuebec}/delete        | login ok denied ok ok
            POST /partners/{slug}/notes/{id}/delete            | /partners/quebec/notes/{noteByOther}/delete       | login denied denied ok ok
            GET /staff/new                                     | /staff/new                                        | login denied denied ok ok
            POST /staff/new                                    | /staff/new                                        | login denied denied ok ok
            GET /account/password                              | /account/password                                 | login ok ok ok ok
            POST /account/password                             | /account/password                                 | login ok ok ok ok
            GET /account/link/{token}                          | /account/link/{link}                              | ok ok ok ok ok
            GET /account/link                                  | /account/link                                     | ok ok ok ok ok
            POST /account/link                                 | /account/link                                     | ok ok ok ok ok
            GET /communication/calendar                        | /communication/calendar                           | login denied denied ok ok
            GET /communication/calendar ?export                | /communication/calendar?export=xlsx               | login denied denied ok ok
            GET /communication/items/new                       | /communication/items/new                          | login denied denied ok ok
            POST /communication/items                          | /communication/items                              | login denied denied ok ok
            GET /communication/items/{id}/edit                 | /communication/items/{editorial}/edit             | login denied denied ok ok
            POST /communication/items/{id}                     | /communication/items/{editorial}                  | login denied denied ok ok
            POST /communication/items/{id}/advance             | /communication/items/{editorial}/advance          | login denied denied ok ok
            POST /communication/items/{id}/delete              | /communication/items/{editorial}/delete           | login denied denied ok ok
            GET /newsletter/subscribers                        | /newsletter/subscribers                           | login denied denied ok ok
            GET /newsletter/subscribers ?export                | /newsletter/subscribers?export=csv                | login denied denied ok ok
            GET /newsletter/subscribers/import                 | /newsletter/subscribers/import                    | login denied denied ok ok
            POST /newsletter/subscribers/import                | /newsletter/subscribers/import                    | login denied denied ok ok
            POST /newsletter/subscribers/{id}/bouncing         | /newsletter/subscribers/{subscriber}/bouncing     | login denied denied ok ok
            GET /newsletter/editions                           | /newsletter/editions                              | login denied denied ok ok
            GET /newsletter/editions ?export                   | /newsletter/editions?export=csv                   | login denied denied ok ok
            GET /newsletter/editions/new                       | /newsletter/editions/new                          | login denied denied ok ok
            POST /newsletter/editions                          | /newsletter/editions                              | login denied denied ok ok
            GET /newsletter/editions/{id}                      | /newsletter/editions/{edition}                    | login denied denied ok ok
            GET /newsletter/editions/{id}/progress             | /newsletter/editions/{edition}/progress           | login denied denied ok ok
            GET /newsletter/editions/{id}/edit                 | /newsletter/editions/{edition}/edit               | login denied denied ok ok
            POST /newsletter/editions/{id}                     | /newsletter/editions/{edition}                    | login denied denied ok ok
            GET /newsletter/editions/{id}/articles/new         | /newsletter/editions/{edition}/articles/new       | login denied denied ok ok
            POST /newsletter/editions/{id}/articles            | /newsletter/editions/{edition}/articles           | login denied denied ok ok
            GET /newsletter/editions/{id}/articles/{articleId}/edit | /newsletter/editions/{edition}/articles/{article}/edit | login denied denied ok ok
            POST /newsletter/editions/{id}/articles/{articleId} | /newsletter/editions/{edition}/articles/{article} | login denied denied ok ok
            POST /newsletter/editions/{id}/articles/{articleId}/remove | /newsletter/editions/{edition}/articles/{article}/remove | login denied denied ok ok
            POST /newsletter/editions/{id}/articles/{articleId}/move | /newsletter/editions/{edition}/articles/{article}/move | login denied denied ok ok
            POST /newsletter/editions/{id}/delete              | /newsletter/editions/{edition}/delete             | login denied denied ok ok
            POST /newsletter/editions/{id}/approve             | /newsletter/editions/{edition}/approve            | login denied denied ok ok
            POST /newsletter/editions/{id}/send                | /newsletter/editions/{edition}/send               | login denied denied ok ok
            POST /newsletter/editions/{id}/schedule            | /newsletter/editions/{edition}/schedule           | login denied denied ok ok
            POST /newsletter/editions/{id}/unschedule          | /newsletter/editions/{edition}/unschedule         | login denied denied ok ok
            POST /newsletter/editions/{id}/pause               | /newsletter/editions/{edition}/pause              | login denied denied ok ok
            POST /newsletter/editions/{id}/resume              | /newsletter/editions/{edition}/resume             | login denied denied ok ok
            POST /newsletter/editions/{id}/cancel              | /newsletter/editions/{edition}/cancel             | login denied denied ok ok
            POST /newsletter/editions/{id}/test                | /newsletter/editions/{edition}/test               | login denied denied ok ok
            GET /newsletter/editions/{id}/message.eml          | /newsletter/editions/{edition}/message.eml        | login denied denied ok ok
            POST /newsletter/editions/{id}/images              | /newsletter/editions/{edition}/images             | login denied denied ok ok
            GET /public/newsletter/archive                     | /public/newsletter/archive                        | ok ok ok ok ok
            GET /public/newsletter/archive/{number}            | /public/newsletter/archive/1                      | ok ok ok ok ok
            GET /public/newsletter/images/{file}               | /public/newsletter/images/1-0000000000000000.png  | ok ok ok ok ok
            GET /newsletter                                    | /newsletter                                       | ok ok ok ok ok
            GET /public/newsletter                             | /public/newsletter                                | ok ok ok ok ok
            POST /public/newsletter                            | /public/newsletter                                | ok ok ok ok ok
            GET /public/newsletter/thanks                      | /public/newsletter/thanks                         | ok ok ok ok ok
            GET /public/newsletter/confirm/{token}             | /public/newsletter/confirm/no-such-token          | ok ok ok ok ok
            POST /public/newsletter/confirm/{token}            | /public/newsletter/confirm/no-such-token          | ok ok ok ok ok
            GET /public/newsletter/preferences/{id}/{signature} | /public/newsletter/preferences/1/no-signature    | ok ok ok ok ok
            POST /public/newsletter/preferences/{id}/{signature} | /public/newsletter/preferences/1/no-signature   | ok ok ok ok ok
            GET /public/newsletter/unsubscribe/{id}/{signature} | /public/newsletter/unsubscribe/1/no-signature    | ok ok ok ok ok
            POST /public/newsletter/unsubscribe/{id}/{signature} ?!List-Unsubscribe | /public/newsletter/unsubscribe/1/no-signature | ok ok ok ok ok
            POST /public/newsletter/unsubscribe/{id}/{signature} ?List-Unsubscribe=One-Click | /public/newsletter/unsubscribe/1/no-signature?List-Unsubscribe=One-Click | ok ok ok ok ok
            GET /admin/accounts                                | /admin/accounts                                   | login denied denied denied ok
            GET /admin/accounts ?export                        | /admin/accounts?export=csv                        | login denied denied denied ok
            GET /admin/accounts/{username}                     | /admin/accounts/pgerard                           | login denied denied denied ok
            POST /admin/accounts/{username}/role               | /admin/accounts/pgerard/role                      | login denied denied denied ok
            POST /admin/accounts/{username}/disable            | /admin/accounts/pgerard/disable                   | login denied denied denied ok
            POST /admin/accounts/{username}/enable             | /admin/accounts/pgerard/enable                    | login denied denied denied ok
            POST /admin/accounts/{username}/link               | /admin/accounts/pgerard/link                      | login denied denied denied ok
            GET /admin/accounts/{username}/role                | /admin/accounts/pgerard/role                      | login denied denied denied ok
            GET /admin/accounts/{username}/disable             | /admin/accounts/pgerard/disable                   | login denied denied denied ok
            GET /admin/accounts/{username}/enable              | /admin/accounts/pgerard/enable                    | login denied denied denied ok
            GET /admin/accounts/{username}/link                | /admin/accounts/pgerard/link                      | login denied denied denied ok
            GET /staff                                         | /staff                                            | login ok ok ok ok
            GET /staff ?export                                 | /staff?export=xlsx                                | login ok ok ok ok
            GET /staff/{username}                              | /staff/gclerckx                                   | login ok ok ok ok
            GET /staff/{username}/history                      | /staff/gclerckx/history                           | login ok ok ok ok
            GET /staff/{username}/history ?export              | /staff/gclerckx/history?export=csv                | login ok ok ok ok
            POST /staff/{username}/email                       | /staff/fvandernoot/email                          | login ok denied denied ok
            POST /staff/{username}/calendar-token              | /staff/fvandernoot/calendar-token                 | login ok denied denied ok
            GET /staff/{username}/handover                     | /staff/pgerard/handover                           | login denied denied ok ok
            POST /staff/{username}/handover                    | /staff/pgerard/handover                           | login denied denied ok ok
            GET /workload                                      | /workload                                         | login denied denied ok ok
            GET /workload ?export                              | /workload?export=csv                              | login denied denied ok ok
            GET /dossiers/{code}                               | /dossiers/{dossier}                               | login ok ok ok ok
            GET /dossiers/{code}/history                       | /dossiers/{dossier}/history                       | login ok ok ok ok
            GET /dossiers/{code}/history ?export               | /dossiers/{dossier}/history?export=csv            | login ok ok ok ok
            GET /dossiers/{code}/reassign                      | /dossiers/{dossier}/reassign                      | login denied denied ok ok
            POST /dossiers/{code}/reassign                     | /dossiers/{dossier}/reassign                      | login denied denied ok ok
            POST /dossiers/{code}/undo                         | /dossiers/{dossier}/undo                          | login denied denied ok ok
            GET /visits                                        | /visits                                           | login ok ok ok ok
            GET /visits ?export                                | /visits?export=csv                                | login ok ok ok ok
            GET /visits/new                                    | /visits/new                                       | login denied ok ok ok
            POST /visits                                       | /visits                                           | login denied ok ok ok
            GET /visits/{id}                                   | /visits/{visit}                                   | login ok ok ok ok
            GET /visits/{id}/programme.pdf                     | /visits/{visit}/programme.pdf                     | login ok ok ok ok
            GET /visits/{id}/edit                              | /visits/{visit}/edit                              | login denied ok ok ok
            POST /visits/{id}                                  | /visits/{visit}                                   | login denied ok ok ok
            POST /visits/{id}/confirm                          | /visits/{visit}/confirm                           | login denied ok ok ok
            POST /visits/{id}/complete                         | /visits/{visit}/complete                          | login denied ok ok ok
            POST /visits/{id}/cancel                           | /visits/{visit}/cancel                            | login denied ok ok ok
            POST /visits/{id}/logistics                        | /visits/{visit}/logistics                         | login denied ok ok ok
            POST /visits/{id}/members                          | /visits/{visit}/members                           | login denied ok ok ok
            POST /visits/{id}/members/{memberId}/delete        | /visits/{visit}/members/{member}/delete           | login denied ok ok ok
            POST /visits/{id}/programme                        | /visits/{visit}/programme                         | login denied ok ok ok
            POST /visits/{id}/programme/{itemId}/delete        | /visits/{visit}/programme/{item}/delete           | login denied ok ok ok
            POST /visits/{id}/gifts                            | /visits/{visit}/gifts                             | login denied ok ok ok
            POST /visits/{id}/gifts/{giftId}/delete            | /visits/{visit}/gifts/{gift}/delete               | login denied ok ok ok
            GET /visits/{id}/members/{partId}                  | /visits/{visit}/members/{member}                  | login ok ok ok ok
            GET /visits/{id}/programme/{partId}                | /visits/{visit}/programme/{item}                  | login ok ok ok ok
            GET /visits/{id}/gifts/{partId}                    | /visits/{visit}/gifts/{gift}                      | login ok ok ok ok
            GET /visits/{id}/interpreters/{partId}             | /visits/{visit}/interpreters/{interpreter}        | login ok ok ok ok
            GET /visits/{id}/members/{memberId}/edit           | /visits/{visit}/members/{member}/edit             | login denied ok ok ok
            POST /visits/{id}/members/{memberId}               | /visits/{visit}/members/{member}                  | login denied ok ok ok
            GET /visits/{id}/programme/{itemId}/edit           | /visits/{visit}/programme/{item}/edit             | login denied ok ok ok
            POST /visits/{id}/programme/{itemId}               | /visits/{visit}/programme/{item}                  | login denied ok ok ok
            GET /visits/{id}/gifts/{giftId}/edit               | /visits/{visit}/gifts/{gift}/edit                 | login denied ok ok ok
            POST /visits/{id}/gifts/{giftId}                   | /visits/{visit}/gifts/{gift}                      | login denied ok ok ok
            POST /visits/{id}/interpreters                     | /visits/{visit}/interpreters                      | login denied ok ok ok
            GET /visits/{id}/interpreters/{interpreterId}/edit | /visits/{visit}/interpreters/{interpreter}/edit   | login denied ok ok ok
            POST /visits/{id}/interpreters/{interpreterId}     | /visits/{visit}/interpreters/{interpreter}        | login denied ok ok ok
            POST /visits/{id}/interpreters/{interpreterId}/delete | /visits/{visit}/interpreters/{interpreter}/delete | login denied ok ok ok
            GET /visits/{id}/history                           | /visits/{visit}/history                           | login ok ok ok ok
            GET /visits/{id}/history ?export                   | /visits/{visit}/history?export=csv                | login ok ok ok ok
            GET /agreements/{id}/history                       | /agreements/{agreementQuebec}/history             | login ok ok ok ok
            GET /agreements/{id}/history ?export               | /agreements/{agreementQuebec}/history?export=xlsx | login ok ok ok ok
            GET /gifts                                         | /gifts                                            | login ok ok ok ok
            GET /gifts ?export                                 | /gifts?export=csv                                 | login ok ok ok ok
            GET /calendar                                      | /calendar                                         | login ok ok ok ok
            GET /calendar/feed/{token}.ics                     | /calendar/feed/{token}.ics                        | ok ok ok ok ok
            GET /agreements                                    | /agreements                                       | login ok ok ok ok
            GET /agreements ?export                            | /agreements?export=csv                            | login ok ok ok ok
            GET /agreements/new                                | /agreements/new                                   | login ok ok ok ok
            POST /agreements                                   | /agreements?partner=quebec                        | login ok denied ok ok
            POST /agreements                                   | /agreements?partner=tokyo                         | login denied denied ok ok
            GET /agreements/{id}                               | /agreements/{agreementTokyo}                      | login ok ok ok ok
            GET /agreements/{id}/edit                          | /agreements/{agreementQuebec}/edit                | login ok denied ok ok
            GET /agreements/{id}/edit                          | /agreements/{agreementTokyo}/edit                 | login denied denied ok ok
            POST /agreements/{id}                              | /agreements/{agreementQuebec}                     | login ok denied ok ok
            POST /agreements/{id}                              | /agreements/{agreementTokyo}                      | login denied denied ok ok
            POST /agreements/{id}/life                         | /agreements/{agreementQuebec}/life?version=0                | login ok denied ok ok
            POST /agreements/{id}/life                         | /agreements/{agreementTokyo}/life?version=0                 | login denied denied ok ok
            GET /agreements/{id}/life/{eventId}                | /agreements/{agreementQuebec}/life/{lifeQuebec}  | login ok ok ok ok
            GET /agreements/{id}/life/{eventId}/edit           | /agreements/{agreementQuebec}/life/{lifeQuebec}/edit        | login ok denied ok ok
            GET /agreements/{id}/life/{eventId}/edit           | /agreements/{agreementTokyo}/life/{lifeTokyo}/edit          | login denied denied ok ok
            POST /agreements/{id}/life/{eventId}               | /agreements/{agreementQuebec}/life/{lifeQuebec}?version=0   | login ok denied ok ok
            POST /agreements/{id}/life/{eventId}               | /agreements/{agreementTokyo}/life/{lifeTokyo}?version=0     | login denied denied ok ok
            POST /agreements/{id}/life/{eventId}/delete        | /agreements/{agreementQuebec}/life/{lifeQuebec}/delete?version=0 | login ok denied ok ok
            POST /agreements/{id}/life/{eventId}/delete        | /agreements/{agreementTokyo}/life/{lifeTokyo}/delete?version=0 | login denied denied ok ok
            POST /agreements/{id}/documents                    | /agreements/{agreementQuebec}/documents           | login ok denied ok ok
            POST /agreements/{id}/documents                    | /agreements/{agreementTokyo}/documents            | login denied denied ok ok
            GET /agreements/{id}/documents/{documentId}        | /agreements/{agreementTokyo}/documents/{document} | login ok ok ok ok
            GET /events                                        | /events                                           | login ok ok ok ok
            GET /events ?export                                | /events?export=csv                                | login ok ok ok ok
            GET /events/new                                    | /events/new                                       | login denied ok ok ok
            POST /events                                       | /events                                           | login denied ok ok ok
            GET /events/{id}                                   | /events/{event}                                   | login ok ok ok ok
            GET /events/{id}/edit                              | /events/{event}/edit                              | login denied ok ok ok
            POST /events/{id}                                  | /events/{event}                                   | login denied ok ok ok
            POST /events/{id}/delete                           | /events/{event}/delete?version=0                  | login denied ok ok ok
            GET /calls                                         | /calls                                            | login ok ok ok ok
            GET /calls ?export                                 | /calls?export=csv                                 | login ok ok ok ok
            GET /calls/summary                                 | /calls/summary                                    | login ok ok ok ok
            GET /calls/summary ?export                         | /calls/summary?export=csv                         | login ok ok ok ok
            GET /calls/new                                     | /calls/new                                        | login denied denied ok ok
            POST /calls                                        | /calls                                            | login denied denied ok ok
            GET /calls/{id}                                    | /calls/{call}                                     | login ok ok ok ok
            GET /calls/{id} ?export                            | /calls/{call}?export=xlsx                         | login ok ok ok ok
            POST /calls/{id}/advance                           | /calls/{call}/advance?version=0                             | login denied denied ok ok
            POST /calls/{id}/applications                      | /calls/{call}/applications?version=0                        | login denied denied ok ok
            POST /calls/{id}/applications/{applicationId}/evaluate | /calls/{call}/applications/{application}/evaluate?version=0 | login denied denied ok ok
            POST /calls/{id}/applications/{applicationId}/decide | /calls/{call}/applications/{application}/decide?version=0&status=ELIGIBLE | login denied denied ok ok
            POST /calls/{id}/applications/{applicationId}/grant | /calls/{call}/applications/{application}/grant?version=0&amount=1   | login denied denied ok ok
            GET /projects/{id}                                 | /projects/{project}                               | login ok ok ok ok
            POST /projects/{id}/reports                        | /projects/{project}/reports                       | login ok denied ok ok
            POST /projects/{id}/reports/{reportId}/received    | /projects/{project}/reports/{report}/received     | login ok denied ok ok
            POST /projects/{id}/payments                       | /projects/{project}/payments                      | login denied denied ok ok
            POST /projects/{id}/payments/{paymentId}/delete    | /projects/{project}/payments/{payment}/delete     | login denied denied ok ok
            POST /projects/{id}/reports/{reportId}/delete      | /projects/{project}/reports/{report}/delete       | login ok denied ok ok
            """;

    /** The one state-changing route without a CSRF token (NewsletterTests proves its signature is checked). */
    static final String ONE_CLICK_UNSUBSCRIPTION =
            "POST /public/newsletter/unsubscribe/{id}/{signature} ?List-Unsubscribe=One-Click";

    enum Token {
        VALID, INVALID, NONE
    }

    /** EXPIRED: a public form's post without its token, sent back to its page to say so (refused as well). */
    enum Outcome {
        OK, LOGIN, DENIED, SERVER_ERROR, EXPIRED
    }

    record Line(String mapping, String url, Map<Who, Outcome> expected) {

        HttpMethod method() {
            String verb = mapping.substring(0, mapping.indexOf(' '));
            return verb.equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(verb);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    static List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (String row : MATRIX.strip().split("\n")) {
            String[] cells = row.split("\\|");
            String[] outcomes = cells[2].trim().split("\\s+");
            Map<Who, Outcome> expected = new EnumMap<>(Who.class);
            for (Who who : Who.values()) {
                expected.put(who, Outcome.valueOf(outcomes[who.ordinal()].toUpperCase()));
            }
            lines.add(new Line(cells[0].trim().replaceAll("\\s+", " "), cells[1].trim(), expected));
        }
        return lines;
    }

    /** Every mapping of every request-mapping handler mapping, as "GET /visits/{id}" or "GET /visits ?export". */
    private Set<String> handlerMappings() {
        Set<String> mappings = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping handlerMapping : context
                .getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
                Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name)
                        .collect(Collectors.toCollection(TreeSet::new));
                String params = info.getParamsCondition().getExpressions().stream()
                        .map(expression -> " ?" + expression).sorted().collect(Collectors.joining());
                for (String pattern : info.getPatternValues()) {
                    for (String method : methods.isEmpty() ? Set.of("ANY") : methods) {
                        mappings.add(method + " " + pattern + params);
                    }
                }
            }
        }
        return mappings;
    }

    @Test
    void everyHandlerMappingHasALineInTheTable() {
        Set<String> declared = lines().stream().map(Line::mapping).collect(Collectors.toCollection(TreeSet::new));
        Set<String> actual = handlerMappings();
        assertThat(actual).as("endpoints without a line in RouteRoleMatrixTests.MATRIX")
                .isSubsetOf(declared);
        assertThat(declared).as("lines of RouteRoleMatrixTests.MATRIX for endpoints that do not exist")
                .isSubsetOf(actual);
    }

    @Test
    void everyRoleGetsWhatTheTableDeclaresOnEveryRoute() {
        List<String> wrong = new ArrayList<>();
        for (Line line : lines()) {
            Map<Who, Outcome> actual = new EnumMap<>(Who.class);
            for (Who who : Who.values()) {
                actual.put(who, perform(line, who, Token.VALID));
            }
            if (!actual.equals(line.expected())) {
                wrong.add(String.format("%-50s | %-50s | %s   (declared: %s)", line.mapping(), line.url(),
                        actual.values().stream().map(o -> o.name().toLowerCase()).collect(Collectors.joining(" ")),
                        line.expected().values().stream().map(o -> o.name().toLowerCase())
                                .collect(Collectors.joining(" "))));
            }
        }
        assertThat(wrong).as("routes where a role gets another outcome than declared").isEmpty();
    }

    @Test
    void everyStateChangingRequestWithoutAValidCsrfTokenIsRefused() {
        List<String> accepted = new ArrayList<>();
        for (Line line : lines()) {
            if (line.method() == HttpMethod.GET) {
                continue;
            }
            if (line.mapping().equals(ONE_CLICK_UNSUBSCRIPTION)) {
                continue; // by design: a mail client posts it without a page (RFC 8058); its address is signed
            }
            // The most powerful account, which the URL rules and the services let through.
            for (Token token : List.of(Token.NONE, Token.INVALID)) {
                Outcome outcome = perform(line, Who.ADMIN, token);
                if (outcome != Outcome.DENIED && outcome != Outcome.EXPIRED) {
                    accepted.add(line.url() + " with " + token + " token -> " + outcome);
                }
            }
        }
        assertThat(accepted).as("state-changing requests accepted without a CSRF token").isEmpty();
        assertThat(lines().stream().filter(line -> line.method() != HttpMethod.GET).count())
                .as("state-changing routes tried").isGreaterThan(40);
    }

    /**
     * A partner, person or dossier named in the path that does not exist is a 404, before anything changes:
     * braces in it ({@code %7Bx%7D}) once made a redirect expand them as a URI template, a 500 after the change
     * was made. Asked as the administrator, with a valid token and a form that would be refused.
     */
    @Test
    void anUnknownNameInThePathIsNotFoundAndChangesNothing() {
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (Line line : lines()) {
            String[] pattern = line.mapping().split(" ")[1].split("/");
            String[] segments = line.url().split("\\?")[0].split("/");
            boolean named = false;
            for (int i = 0; i < pattern.length && i < segments.length; i++) {
                if (List.of("{slug}", "{username}", "{code}").contains(pattern[i])) {
                    segments[i] = "%7Bx%7D";
                    named = true;
                }
            }
            if (!named) {
                continue;
            }
            tried++;
            String query = line.url().contains("?") ? "?" + line.url().split("\\?", 2)[1] : "";
            String url = String.join("/", segments) + query;
            int status = new TransactionTemplate(transactions).execute(transaction -> {
                transaction.setRollbackOnly();
                String filled = fill(url, fixtures(Who.ADMIN));
                long ended = jdbc.queryForObject("select count(*) from partner_contact where to_on is not null",
                        Long.class);
                // A URI, not a template: MockMvc would encode the % again, and the path would hold no braces.
                MockHttpServletRequestBuilder request = request(line.method(), URI.create(filled))
                        .with(user(users.loadUserByUsername(Who.ADMIN.username)));
                if (line.method() != HttpMethod.GET) {
                    request.with(csrf()).param("email", "not an address");
                }
                try {
                    int answered = mvc.perform(request).andReturn().getResponse().getStatus();
                    long endedAfter = jdbc.queryForObject(
                            "select count(*) from partner_contact where to_on is not null", Long.class);
                    return endedAfter == ended ? answered : -answered;
                }
                catch (Exception e) {
                    return 500;
                }
            });
            // 404, or 400 when the request lacks what the route needs (a version) before it looks anything up.
            if (status != 404 && status != 400) {
                wrong.add(line.method() + " " + url + " -> " + (status < 0 ? -status + " after a change" : status));
            }
        }
        assertThat(tried).as("routes with a name in their path").isGreaterThan(20);
        assertThat(wrong).as("routes that do not answer 404 (or 400) for an unknown name").isEmpty();
    }

    /** Requests the line's URL as this person, in a transaction rolled back afterwards, on fresh records. */
    private Outcome perform(Line line, Who who, Token token) {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        return transaction.execute(status -> {
            status.setRollbackOnly();
            String url = fill(line.url(), fixtures(who));
            MockHttpServletRequestBuilder request = request(line.method(), url);
            if (line.method() != HttpMethod.GET && token != Token.NONE) {
                request.with(token == Token.VALID ? csrf() : csrf().useInvalidToken());
            }
            if (who.username != null) {
                request.with(user(users.loadUserByUsername(who.username)));
            }
            try {
                MvcResult result = mvc.perform(request).andReturn();
                return outcome(result);
            }
            catch (Exception e) {
                return Outcome.SERVER_ERROR;
            }
        });
    }

    private static Outcome outcome(MvcResult result) {
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getRedirectedUrl();
        if (status >= 500) {
            return Outcome.SERVER_ERROR;
        }
        if (status == 403) {
            return Outcome.DENIED;
        }
        if (status == 302 && location != null && location.replaceFirst("^https?://[^/]+", "").equals("/login")) {
            return Outcome.LOGIN;
        }
        if (status == 302 && location != null
                && location.replaceFirst("^https?://[^/]+", "").equals("/public/newsletter?expired")) {
            return Outcome.EXPIRED;
        }
        return Outcome.OK;
    }

    static String fill(String url, Map<String, Object> fixtures) {
        Matcher placeholder = Pattern.compile("\\{(\\w+)}").matcher(url);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            Object value = fixtures.get(placeholder.group(1));
            assertThat(value).as("fixture " + placeholder.group(1)).isNotNull();
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value.toString()));
        }
        return placeholder.appendTail(filled).toString();
    }

    private Map<String, Object> fixtures(Who who) {
        return new Fixtures(jdbc).create("matrix-" + who.name().toLowerCase());
    }
}
