package be.brussels.international.coordination.communication;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An article's Markdown: rendered by CommonMark, then nothing but a short list of safe elements survives. */
class MarkdownTests {

    private static String html(String markdown) {
        return Markdown.toHtml(markdown, path -> "https://globe.example" + path).replace("\n", "");
    }

    @Test
    void theUsualMarkdownIsRendered() {
        assertThat(html("## Québec\n\n**gras** et *italique*, [site](https://www.quebec.ca) ou https://be.brussels\n\n- un\n- deux"))
                .isEqualTo("<h3>Québec</h3><p><strong>gras</strong> et <em>italique</em>, "
                        + "<a href=\"https://www.quebec.ca\" rel=\"noopener\">site</a> ou "
                        + "<a href=\"https://be.brussels\" rel=\"noopener\">https://be.brussels</a></p><ul><li>un</li><li>deux</li></ul>");
    }

    @Test
    void typedHtmlIsShownAsTextNeverRun() {
        String html = html("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)> <b onclick=x>b</b>");
        assertThat(html).doesNotContain("<script", "<img", "<b ").contains("&lt;script&gt;", "&lt;img src=x");
    }

    @Test
    void onlyWebAndMailLinksSurviveAndOnlyTheEditionsOwnImages() {
        assertThat(html("[x](javascript:alert(1)) [y](data:text/html;base64,PHNjcmlwdD4=) [z](mailto:a@b.be)"))
                .doesNotContain("javascript:", "data:").contains("href=\"mailto:a@b.be\"");
        assertThat(html("![pixel](https://tracker.example/p.gif) ![logo](/public/newsletter/images/3-0123456789abcdef.png)"))
                .doesNotContain("tracker")
                .contains("<img src=\"https://globe.example/public/newsletter/images/3-0123456789abcdef.png\" alt=\"logo\">");
        assertThat(html("![up](/public/newsletter/images/../../actuator/env)")).doesNotContain("<img");
    }

    @Test
    void headingsStartBelowTheArticlesTitle() {
        assertThat(html("# Un\n\n#### Quatre")).isEqualTo("<h2>Un</h2><h4>Quatre</h4>");
    }
}
