package be.brussels.international.coordination.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        List<String> found = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                for (Element element : Jsoup.parse(Files.readString(template)).getAllElements()) {
                    boolean includes = element.hasAttr("th:replace") || element.hasAttr("th:insert");
                    boolean conditional = element.hasAttr("th:if") || element.hasAttr("th:unless");
                    if (includes && conditional) {
                        found.add(template + ": <" + element.tagName() + " " + element.attributes().html().strip()
                                .substring(0, 60) + "…>");
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /**
     * Every form bound to an object ({@code th:object}) says its refusals at its top ({@code fragments/form ::
     * summary}, itself or through the record fragments that hold it): where a form had none, the reader of a long page
     * saw no sign that the form below was refused, and the summary is what takes the focus to it. A list's filters
     * (sent by GET, never refused) and a confirmation made of hidden fields alone have none.
     */
    @Test
    void everyBoundFormHasItsSummary() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                for (Element form : Jsoup.parse(Files.readString(template)).select("form[th:object]")) {
                    boolean typed = !form.select("[th:replace*=fragments/form], input:not([type=hidden]), select, "
                            + "textarea").isEmpty();
                    if ("get".equalsIgnoreCase(form.attr("method")) || !typed) {
                        continue;
                    }
                    boolean summarised = form.select("[th:replace], [th:insert]").stream()
                            .map(element -> element.attr("th:replace") + element.attr("th:insert"))
                            .anyMatch(inclusion -> inclusion.contains("fragments/form :: summary"));
                    if (!summarised) {
                        found.add(template + ": <form th:object=\"" + form.attr("th:object") + "\">");
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /**
     * A form object is never named as one of Thymeleaf's own objects: {@code ${application}} is the servlet context's
     * attributes, not the model's « application » (a call's application form lost its required marks so).
     */
    @Test
    void noFormObjectHasTheNameOfAThymeleafObject() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                for (Element form : Jsoup.parse(Files.readString(template)).select("[th:object]")) {
                    String object = form.attr("th:object").replaceAll("[${}\\s]", "");
                    if (List.of("application", "session", "param", "request", "response").contains(object)) {
                        found.add(template + ": th:object=" + form.attr("th:object"));
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
