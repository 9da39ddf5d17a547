package be.brussels.international.coordination.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import be.brussels.international.coordination.Chromium;
import be.brussels.international.coordination.CommittedChanges;
import be.brussels.international.coordination.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Classic cross-site-scripting payloads typed into every free-text field of every form, in the real browser:
 * after each submission, whether the record was saved or the form came back with its messages, no dialog
 * opened, no element or attribute from a payload exists in the page, and every value typed is there,
 * literally, as text or as a field's value. (The Content-Security-Policy would block inline scripts anyway:
 * these checks prove the escaping itself.)
 */
@IntegrationTest
class XssBrowserTests {

    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "\"><script>alert(2)</script>",
            "'><script>alert(3)</script>",
            "<img src=x onerror=alert(4)>",
            "<svg onload=alert(5)>",
            "<svg><script>alert(6)</script></svg>",
            "javascript:alert(7)",
            "<a href=\"javascript:alert(8)\">x</a>",
            "<iframe src=\"javascript:alert(9)\"></iframe>",
            "<body onload=alert(10)>",
            "<input autofocus onfocus=alert(11)>",
            "<details open ontoggle=alert(12)>",
            "\" onmouseover=\"alert(13)",
            "' onfocus='alert(14)' autofocus='",
            "</textarea><script>alert(15)</script>",
            "</title><script>alert(16)</script>",
            "<style>*{display:none}</style>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(18)>",
            "{{7*7}} ${7*7}",
            "[[${7*7}]] [(${T(java.lang.Runtime).getRuntime()})]",
            "*{7*7} #{7*7} @{/x} ~{::x}",
            "<object data=\"javascript:alert(22)\">",
            "<embed src=\"javascript:alert(23)\">",
            "<base href=\"//evil.example/\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(25)\">",
            "<form action=\"javascript:alert(26)\"><button>x</button></form>",
            "&lt;script&gt;alert(27)&lt;/script&gt; &amp; &#60;",
            "%3Cscript%3Ealert(28)%3C/script%3E",
            "<scr<script>ipt>alert(29)</scr</script>ipt>",
            "<IMG SRC=JaVaScRiPt:alert('XSS30')>",
            "'; DROP TABLE partner; -- \\ \u202Eevil\u202C \u2603 \uFB01");

    /**
     * What the page must not contain after a submission: an element or attribute only a payload could have put
     * there (the templates have no inline handlers, inline scripts or styles, frames or javascript: links).
     */
    private static final String INJECTED = """
            const found = [];
            for (const el of document.querySelectorAll('*')) {
              for (const attribute of el.attributes) {
                if (attribute.name.toLowerCase().startsWith('on')) found.push(el.tagName + '[' + attribute.name + ']');
                if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc'].includes(attribute.name.toLowerCase())
                    && /^\\s*javascript:/i.test(attribute.value)) found.push(el.tagName + '[' + attribute.name + '=javascript:]');
              }
              if (['IFRAME', 'OBJECT', 'EMBED', 'BASE', 'STYLE', 'MGLYPH', 'MARQUEE'].includes(el.tagName)) found.push(el.tagName);
              if (el.tagName === 'META' && el.httpEquiv) found.push('META[http-equiv]');
              if (el.tagName === 'SCRIPT' && !(el.src && el.src.startsWith(location.origin + '/'))) found.push('inline SCRIPT');
              if (el.tagName === 'IMG' && !(el.src.startsWith(location.origin + '/') || el.src.startsWith('data:'))) found.push('IMG ' + el.src);
              if (el.tagName === 'svg' && el.closest('main') && !el.getAttribute('aria-hidden')) found.push('svg');
            }
            return found;""";

    /** Every text of the page, hidden ones included, and every field's current value. */
    private static final String SHOWN = """
            const texts = [document.body.textContent];
            for (const field of document.querySelectorAll('input, textarea')) texts.push(field.value);
            return texts.join('\\n');""";

    /** Fields shorter than this (codes) cannot hold a whole payload. */
    private static final int SHORTEST = 40;

    private static final String TEXT_FIELDS = "input:not([type]), input[type=text], textarea";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private WebDriver browser;

    private CommittedChanges committed;

    /** Fields of a few characters (codes), which the application may put in capitals. */
    private final Set<String> shortFields = new TreeSet<>();

    /** For each form and field: the payloads it has been given so far. */
    private final Map<String, Set<Integer>> covered = new LinkedHashMap<>();

    @BeforeEach
    void logIn() {
        browser = Chromium.browser();
        committed = CommittedChanges.mark(jdbc);
        // The coordinator may use every form of the application.
        Chromium.logIn(browser, port, "gclerckx");
    }

    @AfterEach
    void undo() {
        if (committed != null) {
            committed.undo();
        }
    }

    @Test
    void everyPayloadInEveryFreeTextFieldIsShownLiterallyAndNeverRuns() {
        Map<String, Form> forms = new LinkedHashMap<>();
        forms.put("visit", new Form(() -> "/visits/new", "main form", true));
        forms.put("visit members", new Form(this::newVisitPage, "form[action$='/members']", true));
        forms.put("visit programme", new Form(this::newVisitPage, "form[action$='/programme']", true));
        forms.put("visit logistics", new Form(this::newVisitPage, "form[action$='/logistics']", true));
        forms.put("visit gifts", new Form(this::newVisitPage, "form[action$='/gifts']", true));
        forms.put("visit outcomes", new Form(this::newVisitPage, "form[action$='/complete']", true));
        forms.put("event", new Form(() -> "/events/new", "main form", true));
        forms.put("agreement", new Form(() -> "/agreements/new", "main form", true));
        forms.put("agreement life", new Form(this::newAgreementPage, "form[action$='/life']", true));
        forms.put("agreement document", new Form(this::newAgreementPage, "form[action$='/documents']", true));
        forms.put("partner contact", new Form(() -> "/partners/tokyo", "form[action$='/contacts']", true));
        forms.put("partner note", new Form(() -> "/partners/tokyo", "form[action$='/notes']", true));
        forms.put("call", new Form(() -> "/calls/new", "main form", true));
        forms.put("call application", new Form(this::newCallPage, "form[action$='/applications']", true));
        forms.put("call evaluation", new Form(this::newCallWithApplicationPage, "form[action$='/evaluate']", true));
        forms.put("project report", new Form(this::newProjectPage, "form[action$='/reports']", true));
        forms.put("project payment", new Form(this::newProjectPage, "form[action$='/payments']", true));
        // Without its date, the form comes back with its messages: nothing is reassigned.
        forms.put("reassignment", new Form(() -> "/dossiers/sofia/reassign?holder=pgerard",
                "form[action$='/reassign']", false));
        forms.put("handover", new Form(() -> "/staff/pgerard/handover", "form[action$='/handover']", false));
        // Administration: a payload is never a valid login, slug or code, so each form comes back with it shown.
        forms.put("arrival", new Form(() -> "/staff/new", "main form", true));
        forms.put("partner", new Form(() -> "/partners/new", "main form", true));
        forms.put("thematic dossier", new Form(() -> "/dossiers/new", "main form", true));

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Form> form : forms.entrySet()) {
            int rounds = 0;
            do {
                problems.addAll(submitOnce(form.getKey(), form.getValue(), rounds++));
            }
            while (!fullyCovered(form.getKey()) && rounds < PAYLOADS.size());
        }

        assertThat(problems).as("payloads that ran, injected something or were not shown literally").isEmpty();
        assertThat(covered.keySet()).as("free-text fields tried").hasSizeGreaterThan(45);
        covered.forEach((field, payloads) -> assertThat(payloads).as("payloads typed into " + field)
                .hasSize(PAYLOADS.size()));
    }

    private record Form(Supplier<String> page, String selector, boolean fillRequiredDates) {
    }

    /** Fills every free-text field of the form with payloads (as many as fit), submits it and checks the page. */
    private List<String> submitOnce(String name, Form form, int round) {
        browser.get("http://localhost:" + port + form.page().get());
        // Forms folded in a disclosure are opened, as a reader would.
        script("document.querySelectorAll('details').forEach(details => details.open = true)");
        WebElement element = browser.findElement(By.cssSelector(form.selector()));
        // One round trip for what the test needs to know of the fields: the element, its name, its length.
        @SuppressWarnings("unchecked")
        List<List<Object>> fields = (List<List<Object>>) script("""
                return Array.from(arguments[0].querySelectorAll(arguments[1]))
                    .filter(field => !field.disabled && !field.readOnly)
                    .map(field => [field, field.name, field.maxLength > 0 ? field.maxLength : 500]);""",
                element, TEXT_FIELDS);
        assertThat(fields).as("free-text fields of the " + name + " form").isNotEmpty();
        Map<String, String> typed = new LinkedHashMap<>();
        List<WebElement> typedInto = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            WebElement field = (WebElement) fields.get(i).get(0);
            String key = name + " › " + fields.get(i).get(1);
            int max = ((Number) fields.get(i).get(2)).intValue();
            StringBuilder value = new StringBuilder();
            if (max < SHORTEST) {
                // A code of a few characters: the payloads arrive cut, and are checked as such.
                value.append(PAYLOADS.get(round % PAYLOADS.size()));
                shortFields.add(key);
            }
            else {
                Set<Integer> seen = covered.computeIfAbsent(key, k -> new TreeSet<>());
                List<Integer> order = new ArrayList<>();
                for (int offset = 0; offset < PAYLOADS.size(); offset++) {
                    order.add((round * 7 + i + offset) % PAYLOADS.size());
                }
                // Payloads this field has not had yet first, as many as its length allows.
                for (int index : order) {
                    String payload = PAYLOADS.get(index);
                    if (!seen.contains(index) && value.length() + 1 + payload.length() <= max) {
                        value.append(value.isEmpty() ? "" : " ").append(payload);
                        seen.add(index);
                    }
                }
                // A payload longer than the field goes in alone, and arrives cut at the field's length.
                for (int index : order) {
                    if (value.isEmpty() && !seen.contains(index)) {
                        value.append(PAYLOADS.get(index));
                        seen.add(index);
                    }
                }
                if (value.isEmpty()) {
                    value.append(PAYLOADS.get(order.get(0)));
                }
            }
            type(field, value.toString());
            typed.put(key, null);
            typedInto.add(field);
        }
        // What the fields hold now (cut at their length by the browser) is what must come back.
        @SuppressWarnings("unchecked")
        List<String> values = (List<String>) script("return arguments[0].map(field => field.value)", typedInto);
        int next = 0;
        for (Map.Entry<String, String> entry : typed.entrySet()) {
            entry.setValue(values.get(next++));
        }
        fillTheRest(element, form.fillRequiredDates());
        WebElement page = browser.findElement(By.tagName("html"));
        element.submit();
        Chromium.waitUntilGone(browser, page);
        return check(name, typed);
    }

    private List<String> check(String name, Map<String, String> typed) {
        List<String> problems = new ArrayList<>();
        try {
            String text = browser.switchTo().alert().getText();
            problems.add(name + ": a dialog opened: " + text);
            browser.switchTo().alert().dismiss();
        }
        catch (NoAlertPresentException expected) {
            // No dialog.
        }
        @SuppressWarnings("unchecked")
        List<String> injected = (List<String>) script(INJECTED);
        if (!injected.isEmpty()) {
            problems.add(name + ": injected " + injected + " on " + browser.getCurrentUrl());
        }
        String shown = (String) script(SHOWN);
        typed.forEach((field, value) -> {
            boolean found = shortFields.contains(field) ? shown.toUpperCase().contains(value.toUpperCase())
                    : shown.contains(value);
            if (!value.isEmpty() && !found) {
                problems.add(field + ": not shown literally on " + browser.getCurrentUrl() + ": " + value);
            }
        });
        return problems;
    }

    /** Required dates, numbers and choices left empty get a plausible value; the rest stays as it is. */
    private void fillTheRest(WebElement form, boolean dates) {
        String today = LocalDate.now().toString();
        for (WebElement input : form.findElements(By.cssSelector("input[type=date]"))) {
            if (dates && input.getAttribute("required") != null && input.getAttribute("value").isEmpty()) {
                script("arguments[0].value = arguments[1]", input, today);
            }
            if (!dates) {
                script("arguments[0].value = ''", input);
            }
        }
        for (WebElement input : form.findElements(By.cssSelector("input[type=number], input[type=time]"))) {
            if (input.getAttribute("value").isEmpty()) {
                script("arguments[0].value = arguments[0].type === 'time' ? '10:00' : '1'", input);
            }
        }
    }

    /**
     * Types the text into the field as the keyboard's input method would (one input event for the whole
     * text, like a paste): key by key, the payloads of every field took six minutes.
     */
    private void type(WebElement field, String text) {
        script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'}); arguments[0].focus(); arguments[0].select()", field);
        ((HasCdp) browser).executeCdpCommand("Input.insertText", Map.of("text", text));
    }

    private boolean fullyCovered(String form) {
        return covered.entrySet().stream().filter(entry -> entry.getKey().startsWith(form + " › "))
                .allMatch(entry -> entry.getValue().size() == PAYLOADS.size());
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private String newVisitPage() {
        Long id = jdbc.queryForObject("""
                insert into delegation_visit (direction, kind, partner_id, title, starts_on, ends_on, logged_by)
                select 'INCOMING', 'WORKING', id, 'Visite XSS', current_date - 1, current_date, 'gclerckx'
                from partner where slug = 'tokyo' returning id""", Long.class);
        return "/visits/" + id;
    }

    private String newAgreementPage() {
        Long id = jdbc.queryForObject("""
                insert into agreement (partner_id, kind, title_fr, title_nl, title_en, status)
                select id, 'COOPERATION_AGREEMENT', 'Accord XSS', 'Akkoord XSS', 'XSS agreement', 'IN_NEGOTIATION'
                from partner where slug = 'tokyo' returning id""", Long.class);
        return "/agreements/" + id;
    }

    private long newCall(String status) {
        return jdbc.queryForObject("""
                insert into call_for_projects (title_fr, title_nl, title_en, year, opens_on, deadline_on, budget, status)
                values ('Appel XSS', 'Oproep XSS', 'XSS call', 2026, current_date - 10, current_date + 30, 100000, ?)
                returning id""", Long.class, status);
    }

    private String newCallPage() {
        return "/calls/" + newCall("OPEN");
    }

    private String newCallWithApplicationPage() {
        long call = newCall("CLOSED");
        jdbc.update("""
                insert into project_application (call_id, partner_id, applicant, title, requested)
                select ?, id, 'Demandeur', 'Projet', 1000 from partner where slug = 'chennai'""", call);
        return "/calls/" + call;
    }

    private String newProjectPage() {
        long call = newCall("AWARDED");
        Long id = jdbc.queryForObject("""
                insert into project_application (call_id, partner_id, applicant, title, requested, status, granted)
                select ?, id, 'Demandeur', 'Projet financé', 1000, 'GRANTED', 800 from partner where slug = 'chennai'
                returning id""", Long.class, call);
        return "/projects/" + id;
    }
}
