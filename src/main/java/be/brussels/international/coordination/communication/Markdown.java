package be.brussels.international.coordination.communication;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * An article's body: CommonMark (with bare links made links) rendered to HTML, raw HTML in the source shown as
 * text, then cleaned by jsoup to a short list of elements and attributes. Links go to http(s) or mailto only;
 * images only from the edition's own, served under {@code /public/newsletter/images/} — no tracking pixel, no
 * remote content.
 */
final class Markdown {

    static final String IMAGE_PATH = "/public/newsletter/images/";

    /** An edition's image, exactly: its id, the start of its hash, its type (nothing encoded, nothing more). */
    private static final Pattern IMAGE = Pattern.compile(
            Pattern.quote(IMAGE_PATH) + "\\d{1,18}-[0-9a-f]{16}\\.(png|jpg|gif)");

    private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create());

    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();

    private static final Safelist SAFE = new Safelist()
            .addTags("p", "br", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li", "h2", "h3", "h4",
                    "hr", "a", "img")
            .addAttributes("a", "href").addProtocols("a", "href", "http", "https", "mailto")
            .addAttributes("img", "src", "alt")
            .addAttributes("ol", "start");

    private Markdown() {
    }

    /**
     * The body as safe HTML; {@code absolute} turns the edition's image paths into the addresses a message or the
     * archive uses (identity for the application's own pages). Headings of the source start at level 2 (the
     * article's title is its heading) and go no deeper than 4.
     */
    static String toHtml(String markdown, UnaryOperator<String> absolute) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        Document dirty = Jsoup.parseBodyFragment(html);
        for (int level = 6; level >= 1; level--) {
            for (Element heading : dirty.select("h" + level)) {
                heading.tagName("h" + Math.min(4, Math.max(2, level + 1)));
            }
        }
        Document clean = new Cleaner(SAFE).clean(dirty);
        clean.select("img").forEach(image -> {
            String src = image.attr("src");
            if (!IMAGE.matcher(src).matches()) {
                image.remove();
            }
            else {
                image.attr("src", absolute.apply(src));
            }
        });
        clean.select("a").forEach(link -> link.attr("rel", "noopener"));
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** The body as plain text for the message's text part: the Markdown source reads well as it is (images'
     * addresses made absolute). */
    static String toText(String markdown, UnaryOperator<String> absolute) {
        return markdown == null ? "" : markdown.strip().replace("](" + IMAGE_PATH, "](" + absolute.apply(IMAGE_PATH));
    }
}
