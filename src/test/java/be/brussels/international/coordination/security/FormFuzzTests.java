package be.brussels.international.coordination.security;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import be.brussels.international.coordination.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Generated invalid, oversize and random input to every form of the application (every state-changing route
 * of {@link RouteRoleMatrixTests#MATRIX}), as the administrator, who may use them all; the cases come from a
 * seeded generator, so a failure is repeatable. Never a server error; a form refused comes back with its
 * messages and what was typed; and a refused request leaves every table as it was (nothing half-saved).
 */
@IntegrationTest
class FormFuzzTests {

    /** The application's day is Brussels' (ClockConfiguration). */
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** Every field name the application's forms use: each case sends them all, unknown ones are ignored. */
    static final List<String> FIELDS = List.of("title", "origin", "purpose", "headName", "headFunction", "headLevel",
            "hosts", "delegationSize", "direction", "kind", "status", "partner", "partners", "staff", "startsOn",
            "endsOn", "name", "function", "organisation", "email", "phone", "language", "fromOn", "summary",
            "occurredOn", "note", "notes", "titleFr", "titleNl", "titleEn", "signatories", "signedOn", "signedAt",
            "inForceOn", "expiresOn", "reviewOn", "tacitRenewal", "renewalMonths", "noticeMonths", "themes",
            "parentId", "city", "countryCode", "year", "theme", "opensOn", "deadlineOn", "budget", "targets",
            "applicant", "requested", "score", "comments", "amount", "overBudget", "dueOn", "paidOn", "label",
            "replaces", "reason", "successor", "holder", "effectiveOn", "precedence", "dietaryNeeds",
            "languageNeeds", "day", "startsAt", "endsAt", "activity", "venue", "counterpart", "participants",
            "interpreter", "press", "arrivalOn", "arrivalAt", "arrivalBy", "departureOn", "departureAt",
            "departureBy", "hotel", "transport", "escortRequested", "escortRequestedOn", "description", "outcomes",
            "nextSteps", "thankYouSent", "version", "step", "choice-0", "username", "firstName", "lastName", "role",
            "startedOn", "currentPassword", "newPassword", "confirmation", "slug", "designationFr", "nameFr", "nameNl",
            "nameEn", "continent", "timeZone", "developmentCooperation", "code", "channel", "time", "text", "languages", "consent", "consentBasis",
            "checkOnly", "audience", "subjectFr", "subjectNl", "subjectEn", "bodyFr", "bodyNl", "bodyEn", "event",
            "visit");

    static final int CASES_PER_FORM = 12;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    LoginThrottle throttle;

    @Test
    void noGeneratedInputBreaksAFormOrHalfSavesIt() {
        Random random = new Random(20261129L);
        List<String> problems = new ArrayList<>();
        int cases = 0;
        for (RouteRoleMatrixTests.Line line : RouteRoleMatrixTests.lines()) {
            if (line.method() == HttpMethod.GET || line.mapping().contains("/logout")
                    || line.expected().get(RouteRoleMatrixTests.Who.ADMIN) != RouteRoleMatrixTests.Outcome.OK) {
                continue;
            }
            for (int i = 0; i < CASES_PER_FORM; i++) {
                Map<String, String> input = new LinkedHashMap<>();
                for (String field : FIELDS) {
                    if (random.nextInt(4) > 0) {
                        input.put(field, value(random));
                    }
                }
                problems.addAll(submit(line, input));
                cases++;
            }
        }
        // Wrong current passwords counted against the administrator's login (LoginThrottle): forgotten again.
        throttle.succeeded("admin");
        assertThat(problems).as("generated input that broke a form").isEmpty();
        assertThat(cases).isGreaterThan(500);
    }

    private List<String> submit(RouteRoleMatrixTests.Line line, Map<String, String> input) {
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            List<String> problems = new ArrayList<>();
            String url = RouteRoleMatrixTests.fill(line.url(), new Fixtures(jdbc).create("fuzz"));
            String before = tableCounts();
            MockHttpServletRequestBuilder request = request(line.method(), url).with(csrf())
                    .with(user(users.loadUserByUsername("admin")));
            input.forEach(request::param);
            MvcResult result;
            try {
                result = mvc.perform(request).andReturn();
            }
            catch (Exception e) {
                return List.of(line.url() + ": " + e + " for " + describe(input));
            }
            int code = result.getResponse().getStatus();
            if (code >= 500) {
                problems.add(line.url() + ": " + code + " for " + describe(input));
                return problems;
            }
            boolean refused = code == 200 || code == 400 || code == 409 || code == 413
                    || result.getFlashMap().containsKey("failure");
            if (code == 200) {
                problems.addAll(formCameBack(line, url.replaceFirst("\\?.*", ""), result, input));
            }
            if (refused && !tableCounts().equals(before)) {
                problems.add(line.url() + ": refused (" + code + ") but tables changed for " + describe(input));
            }
            return problems;
        });
    }

    /** A form sent back says what is wrong, and its text fields hold what was typed (trimmed, NUL removed). */
    private static List<String> formCameBack(RouteRoleMatrixTests.Line line, String path, MvcResult result,
            Map<String, String> input) {
        List<String> problems = new ArrayList<>();
        Document page;
        try {
            page = Jsoup.parse(result.getResponse().getContentAsString());
        }
        catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        // (The handover is in steps — edit, preview, confirm — and the first two answer with a page, not a message.)
        if (page.select(".is-invalid, .invalid-feedback, .alert-danger").isEmpty()
                && page.select("button[name=step]").isEmpty()) {
            problems.add(line.url() + ": form sent back without a message");
        }
        // Each field marked invalid names its message (aria-describedby), which exists and says something;
        // each message next to a field belongs to a field that names it.
        for (Element field : page.select(".is-invalid[name]")) {
            List<String> described = List.of(field.attr("aria-describedby").split("\\s+"));
            boolean linked = described.stream().anyMatch(id -> !id.isEmpty()
                    && !page.select("[id=" + id + "].invalid-feedback").text().isBlank());
            if (!linked) {
                problems.add(line.url() + ": field " + field.attr("name") + " is marked invalid without its message"
                        + " linked by aria-describedby");
            }
        }
        for (Element message : page.select(".invalid-feedback[id]")) {
            if (page.select("[aria-describedby~=(^|\\s)" + message.id() + "($|\\s)]").isEmpty()) {
                problems.add(line.url() + ": message #" + message.id() + " is not linked to any field");
            }
        }
        // The fields of the form that was sent (a page may hold several, the others start empty).
        for (Element field : page.select("form[method=post][action=" + path + "] input[type=text][name], "
                + "form[method=post][action=" + path + "] textarea[name]")) {
            String typed = input.get(field.attr("name"));
            if (typed == null || !field.hasAttr("maxlength")) {
                continue;
            }
            // As the application trims typed text (StringTrimmerEditor: String.trim, control characters included).
            String expected = typed.replace("\u0000", "").trim();
            if (field.hasAttr("inputmode") && sameNumber(expected, field.val())) {
                continue; // a number typed as +7 or in other digits (١٢٣) is read, and shown back, as the number it is
            }
            int max = Integer.parseInt(field.attr("maxlength"));
            String shown = field.tagName().equals("textarea") ? field.wholeText() : field.val();
            if (!expected.isEmpty() && expected.length() <= max && expected.codePoints().allMatch(c -> Character.isDefined(c) && !Character.isSurrogate((char) c))
                    && !shown.equals(expected) && !field.attr("name").equals("countryCode")) {
                problems.add(line.url() + ": field " + field.attr("name") + " came back as «" + shorten(shown)
                        + "» instead of «" + shorten(expected) + "»");
            }
        }
        return problems;
    }

    private static boolean sameNumber(String typed, String shown) {
        try {
            return new java.math.BigDecimal(typed).compareTo(new java.math.BigDecimal(shown)) == 0;
        }
        catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private String tableCounts() {
        return jdbc.queryForObject("""
                select string_agg(table_name || '=' || (xpath('/row/c/text()',
                           query_to_xml('select count(*) as c from public.' || quote_ident(table_name), false, true, '')))[1]::text,
                       ',' order by table_name)
                from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
                  -- Sessions are not records: a refusal travels in one (flash), and Spring Session deletes the expired.
                  and table_name not in ('flyway_schema_history', 'user_account', 'user_account_aud', 'spring_session',
                                         'spring_session_attributes')""", String.class);
    }

    /** Invalid, oversize and random values, now and then a plausible one. */
    static String value(Random random) {
        return switch (random.nextInt(16)) {
            case 0 -> "";
            case 1 -> " \t ";
            case 2 -> "x".repeat(random.nextInt(20_000));
            case 3 -> randomUnicode(random, 1 + random.nextInt(300));
            case 4 -> List.of("-1", "0", "2147483648", "-9999999999", "1e309", "NaN", "1,5", "١٢٣", "0x10", "+7")
                    .get(random.nextInt(10));
            case 5 -> List.of("2026-02-30", "0000-01-01", "9999-12-31", "29/11/2026", "2026-13-01", "2026-11-29T10:00",
                    "yesterday", "+10000-01-01", "1949-12-31").get(random.nextInt(9));
            case 6 -> List.of("25:00", "10:61", "-1:00", "noon").get(random.nextInt(4));
            case 7 -> List.of("X", "cancelled", "CANCELLED", "GRANTED", "IN_FORCE", "REPLACE", "ADD", "INCOMING")
                    .get(random.nextInt(8));
            case 8 -> List.of("true", "false", "maybe", "on", "1").get(random.nextInt(5));
            case 9 -> List.of("quebec", "tokyo", "no-such-partner", "fvandernoot", "nobody", "sofia")
                    .get(random.nextInt(6));
            case 10 -> "<script>alert(1)</script>' OR '1'='1";
            case 11 -> "a\u0000b";
            case 12 -> String.valueOf(random.nextInt(1000));
            // A plausible day around today (never a fixed one: it would drift into the past as the days pass).
            case 13 -> LocalDate.now(BRUSSELS).plusDays(random.nextInt(21) - 3).toString();
            case 14 -> "Texte libre " + random.nextInt(100);
            default -> "9".repeat(1 + random.nextInt(40));
        };
    }

    private static String randomUnicode(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0x80 + random.nextInt(0x700);
                case 2 -> 0xD800 + random.nextInt(0x800);
                default -> 0x1F300 + random.nextInt(0x300);
            });
        }
        return text.toString();
    }

    private static String describe(Map<String, String> input) {
        StringBuilder text = new StringBuilder();
        input.forEach((field, value) -> text.append(field).append('=').append(shorten(value)).append(' '));
        return text.toString();
    }

    private static String shorten(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "·");
        return printable.length() > 30 ? printable.substring(0, 30) + "…(" + value.length() + ")" : printable;
    }
}
