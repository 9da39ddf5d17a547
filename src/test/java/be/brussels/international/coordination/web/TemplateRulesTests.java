package be.brussels.international.coordination.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules of the templates that no page test would notice. An element that carries th:replace (or th:insert)
 * with th:if, th:unless or th:each: the fragment is included first and the condition is lost (a cancel button
 * was shown to readers who may not cancel). A date or time pattern typed in a template: formats come from the
 * message files (#when).
 */
class TemplateRulesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Pattern TAG = Pattern.compile("<[a-zA-Z:]+\\b[^>]*>", Pattern.DOTALL);

    @Test
    void noConditionIsLostOnAnIncludedFragment() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            String text = Files.readString(template);
            Matcher tag = TAG.matcher(text);
            while (tag.find()) {
                String element = tag.group();
                if ((element.contains("th:replace=") || element.contains("th:insert="))
                        && (element.contains("th:if=") || element.contains("th:unless=") || element.contains("th:each="))) {
                    found.add(TEMPLATES.relativize(template) + ": " + element.replaceAll("\\s+", " "));
                }
            }
        }
        assertThat(found).as("th:if/th:unless/th:each beside th:replace: wrap the inclusion in a th:block").isEmpty();
    }

    @Test
    void noDatePatternIsTypedInATemplate() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            String text = Files.readString(template);
            if (text.contains("#temporals.format(") || text.contains("#dates.format(")) {
                found.add(TEMPLATES.relativize(template).toString());
            }
        }
        assertThat(found).as("templates formatting dates with a typed pattern (use #when)").isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).toList();
        }
    }
}
