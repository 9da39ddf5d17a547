package be.brussels.international.coordination.web;

import java.util.List;
import java.util.Map;

import be.brussels.international.coordination.shared.Choice;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bi:options} and {@code bi:selected} on a select, through the template engine. */
class ChoicesDialectTests {

    static final List<Choice> CHOICES = List.of(Choice.of("quebec", "Québec"), Choice.of("tokyo", "Tokyo"),
            Choice.of("x\"><script>", "<b>Bold</b> & [[${7 * 6}]] [(${7 * 6})]"));

    private static Document render(String select, Map<String, Object> variables) {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        engine.addDialect(new ChoicesDialect());
        Context context = new Context();
        context.setVariables(variables);
        return Jsoup.parse(engine.process("<form>" + select + "</form>", context));
    }

    @Test
    void appendsOneOptionPerChoiceAfterTheTemplatesOwn() {
        Document html = render("""
                <select name="partner" bi:options="${choices}"><option value="">All</option></select>""",
                Map.of("choices", CHOICES));

        assertThat(html.select("option").eachAttr("value")).containsExactly("", "quebec", "tokyo", "x\"><script>");
        assertThat(html.select("option").eachText()).containsExactly("All", "Québec", "Tokyo",
                "<b>Bold</b> & [[${7 * 6}]] [(${7 * 6})]");
        assertThat(html.select("option[selected]")).isEmpty();
        assertThat(html.select("select").first().attributes().asList()).extracting("key").containsExactly("name");
    }

    @Test
    void escapesLabelsAndValuesAndEvaluatesNoExpressionInThem() {
        String html = render("<select bi:options=\"${choices}\"></select>", Map.of("choices", CHOICES)).html();

        assertThat(html).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("42");
    }

    @Test
    void marksTheSelectedValue() {
        Document html = render("<select bi:options=\"${choices}\" bi:selected=\"${chosen}\"></select>",
                Map.of("choices", CHOICES, "chosen", "tokyo"));

        assertThat(html.select("option[selected]").eachAttr("value")).containsExactly("tokyo");
        assertThat(html.select("select[bi:selected], select[selected]")).isEmpty();
    }

    @Test
    void marksEverySelectedValueOfAMultipleSelect() {
        Document html = render("<select multiple bi:options=\"${choices}\" bi:selected=\"${chosen}\"></select>",
                Map.of("choices", CHOICES, "chosen", List.of("quebec", "tokyo")));

        assertThat(html.select("option[selected]").eachAttr("value")).containsExactly("quebec", "tokyo");
    }

    @Test
    void aMissingListGivesNoOption() {
        Element select = render("<select bi:options=\"${nothing}\" bi:selected=\"${nothing}\"></select>", Map.of())
                .selectFirst("select");

        assertThat(select.children()).isEmpty();
    }
}
