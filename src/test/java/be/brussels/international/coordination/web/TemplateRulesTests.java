package be.brussels.international.coordination.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Mistakes Thymeleaf lets pass silently, looked for in every template. */
class TemplateRulesTests {

    /**
     * {@code th:replace} and {@code th:insert} run before {@code th:if} and {@code th:unless} (attribute precedence):
     * on the same element, the condition is never evaluated and the fragment always shown — a « Send now » button
     * on a draft. The condition goes on an enclosing {@code th:block}.
     */
    @Test
    void noConditionSitsBesideAFragmentInclusion() throws IOException {
        assertThat(inTemplates("*", element -> {
            boolean includes = element.hasAttr("th:replace") || element.hasAttr("th:insert");
            boolean conditional = element.hasAttr("th:if") || element.hasAttr("th:unless");
            return includes && conditional ? "<" + element.tagName() + " "
                    + element.attributes().html().strip().substring(0, 60) + "…>" : null;
        })).isEmpty();
    }

    /**
     * Every form bound to an object ({@code th:object}) says its refusals at its top ({@code fragments/form ::
     * summary}, itself or through the record fragments that hold it): where a form had none, the reader of a long page
     * saw no sign that the form below was refused, and the summary is what takes the focus to it. A list's filters
     * (sent by GET, never refused) and a confirmation made of hidden fields alone have none.
     */
    @Test
    void everyBoundFormHasItsSummary() throws IOException {
        assertThat(inTemplates("form[th:object]", form -> {
            boolean typed = !form.select("[th:replace*=fragments/form], input:not([type=hidden]), select, textarea")
                    .isEmpty();
            boolean summarised = form.select("[th:replace], [th:insert]").stream()
                    .map(element -> element.attr("th:replace") + element.attr("th:insert"))
                    .anyMatch(inclusion -> inclusion.contains("fragments/form :: summary"));
            return "get".equalsIgnoreCase(form.attr("method")) || !typed || summarised ? null
                    : "<form th:object=\"" + form.attr("th:object") + "\">";
        })).isEmpty();
    }

    /**
     * A form object is never named as one of Thymeleaf's own objects: {@code ${application}} is the servlet context's
     * attributes, not the model's « application » (a call's application form lost its required marks so).
     */
    @Test
    void noFormObjectHasTheNameOfAThymeleafObject() throws IOException {
        assertThat(inTemplates("[th:object]", form -> List.of("application", "session", "param", "request",
                "response").contains(form.attr("th:object").replaceAll("[${}\\s]", ""))
                ? "th:object=" + form.attr("th:object") : null)).isEmpty();
    }

    /** What {@code fault} says of each element {@code selector} finds in every template (null: nothing), by template. */
    private static List<String> inTemplates(String selector, Function<Element, String> fault) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                for (Element element : Jsoup.parse(Files.readString(template)).select(selector)) {
                    String said = fault.apply(element);
                    if (said != null) {
                        found.add(template + ": " + said);
                    }
                }
            }
        }
        return found;
    }
}
