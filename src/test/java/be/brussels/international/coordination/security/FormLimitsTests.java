package be.brussels.international.coordination.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import be.brussels.international.coordination.Forms;
import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every text field of every form, filled one at a time beyond what its column holds (and every e-mail field
 * with a Unicode space, which PostgreSQL's checks count as a space): the form refuses it, never a 500. The
 * forms as the pages show them, the rest of each form as shown; each attempt rolled back.
 */
@IntegrationTest
class FormLimitsTests {

    /** Pages holding forms, {records} filled from the fixtures. */
    private static final List<String> PAGES = List.of("/partners/quebec", "/visits/new", "/visits/{visit}",
            "/visits/{visit}/edit", "/visits/{visit}/members/{member}/edit",
            "/visits/{visit}/programme/{item}/edit", "/visits/{visit}/gifts/{gift}/edit",
            "/visits/{visit}/interpreters/{interpreter}/edit", "/partners/quebec/contacts/{contactQuebec}/edit",
            "/partners/quebec/notes/{noteQuebec}/edit",
            "/agreements/{agreementQuebec}/life/{lifeQuebec}/edit", "/events/new", "/events/{event}/edit", "/agreements/new",
            "/agreements/{agreementQuebec}", "/agreements/{agreementQuebec}/edit", "/calls/new", "/calls/{call}",
            "/projects/{project}", "/dossiers/{dossier}/reassign", "/dossiers/{dossier}", "/staff/pgerard/handover",
            "/staff/admin", "/staff/new", "/account/password", "/partners/new", "/partners/quebec/edit",
            "/partners/quebec/end", "/dossiers/new", "/dossiers/world-expos/edit", "/dossiers/world-expos/retire",
            "/admin/accounts/pgerard", "/public/newsletter", "/newsletter/subscribers/import",
            "/communication/items/new", "/newsletter/editions/new", "/newsletter/editions/{edition}",
            "/newsletter/editions/{edition}/edit", "/newsletter/editions/{edition}/articles/new",
            "/newsletter/editions/{edition}/articles/{article}/edit");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    UserDetailsService users;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void everyTextFieldBeyondItsColumnIsRefusedByTheForm() {
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (String page : PAGES) {
            List<Attempt> attempts = attemptsOn(page);
            for (Attempt attempt : attempts) {
                tried++;
                int status = inRolledBackTransaction(fixtures -> {
                    MockHttpServletRequestBuilder request = post(RouteRoleMatrixTests.fill(attempt.action(), fixtures))
                            .with(csrf()).with(user(users.loadUserByUsername("admin")));
                    attempt.fields().forEach((name, values) -> values.forEach(value -> request.param(name, value)));
                    request.param(attempt.field(), attempt.value());
                    try {
                        int answered = mvc.perform(request).andReturn().getResponse().getStatus();
                        // What the request wrote reaches the database now, as at the commit the test never makes.
                        entityManager.flush();
                        return answered;
                    }
                    catch (Exception e) {
                        return 500;
                    }
                });
                if (status >= 500) {
                    failures.add(attempt.action() + " " + attempt.field() + " (" + attempt.value().length()
                            + " characters) -> " + status);
                }
            }
        }
        assertThat(tried).as("fields tried").isGreaterThan(60);
        assertThat(failures).as("fields whose column refused what the form let through").isEmpty();
    }

    /** One field of one form set to a value its column cannot hold, the rest of the form as shown. */
    record Attempt(String action, Map<String, List<String>> fields, String field, String value) {
    }

    private List<Attempt> attemptsOn(String page) {
        List<Attempt> attempts = new ArrayList<>();
        inRolledBackTransaction(fixtures -> {
            try {
                Document document = Html.parse(mvc.perform(get(RouteRoleMatrixTests.fill(page, fixtures))
                        .with(user(users.loadUserByUsername("admin")))));
                for (Element form : document.select("main form[method=post]")) {
                    String action = unfill(form.attr("action"), fixtures);
                    Map<String, List<String>> shown = Forms.asShown(form);
                    for (Element field : form.select("input[name], textarea[name]")) {
                        String type = field.tagName().equals("textarea") ? "textarea" : field.attr("type");
                        if (!List.of("", "text", "email", "tel", "url", "textarea").contains(type)) {
                            continue;
                        }
                        String name = field.attr("name");
                        int max = field.hasAttr("maxlength") ? Integer.parseInt(field.attr("maxlength")) : 10_000;
                        Map<String, List<String>> others = new LinkedHashMap<>(shown);
                        others.remove(name);
                        attempts.add(new Attempt(action, others, name, "é".repeat(max + 1)));
                        if (type.equals("email") || name.toLowerCase().contains("email")) {
                            attempts.add(new Attempt(action, others, name, "a\u2003b@example.org"));
                            attempts.add(new Attempt(action, others, name, "a@exa\u3000mple.org"));
                        }
                    }
                }
            }
            catch (Exception e) {
                throw new AssertionError(page, e);
            }
            return 0;
        });
        return attempts;
    }

    /** Which fixture an id after each word of a path is (each attempt fills its own fixtures). */
    private static final Map<String, String> FIXTURE_AFTER = Map.ofEntries(Map.entry("visits", "visit"),
            Map.entry("members", "member"), Map.entry("programme", "item"), Map.entry("gifts", "gift"),
            Map.entry("agreements", "agreementQuebec"), Map.entry("documents", "document"),
            Map.entry("contacts", "contactQuebec"), Map.entry("events", "event"), Map.entry("calls", "call"),
            Map.entry("applications", "application project"), Map.entry("projects", "project"),
            Map.entry("reports", "report"));

    /** The action with its ids put back as {names}. */
    private static String unfill(String action, Map<String, Object> fixtures) {
        String[] segments = action.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].matches("\\d+") && FIXTURE_AFTER.containsKey(segments[i - 1])) {
                String id = segments[i];
                String fixture = Arrays.stream(FIXTURE_AFTER.get(segments[i - 1]).split(" "))
                        .filter(name -> fixtures.get(name).toString().equals(id)).findFirst()
                        .orElseThrow(() -> new AssertionError("no fixture for " + id + " in " + action));
                segments[i] = "{" + fixture + "}";
            }
        }
        return String.join("/", segments);
    }

    private int inRolledBackTransaction(ToIntFunction<Map<String, Object>> work) {
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            Map<String, Object> fixtures = new Fixtures(jdbc).create("limits");
            jdbc.update("update call_for_projects set status = 'OPEN' where id = ?", fixtures.get("call"));
            jdbc.update("update project_application set status = 'ELIGIBLE' where id = ?", fixtures.get("application"));
            return work.applyAsInt(fixtures);
        });
    }
}
