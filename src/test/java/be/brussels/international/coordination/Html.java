package be.brussels.international.coordination;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.ResultActions;

/** Reads a rendered page so that tests assert what a reader sees, not just a status code. */
public final class Html {

    private Html() {
    }

    public static Document parse(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** The trimmed texts of the elements matching the CSS selector, in document order. */
    public static List<String> texts(Document page, String cssSelector) {
        return page.select(cssSelector).stream().map(Element::text).map(String::trim).toList();
    }

    public static String text(Document page, String cssSelector) {
        Element element = page.selectFirst(cssSelector);
        if (element == null) {
            throw new AssertionError("No element matches " + cssSelector + " in:\n" + page.body());
        }
        return element.text().trim();
    }
}
