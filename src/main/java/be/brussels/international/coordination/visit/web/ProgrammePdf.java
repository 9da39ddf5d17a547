package be.brussels.international.coordination.visit.web;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import be.brussels.international.coordination.visit.DelegationVisit;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The printable programme of a visit, in a given language: the {@code visit/programme-pdf} template rendered
 * to HTML by Thymeleaf, then to PDF by openhtmltopdf. DejaVu Sans (shipped) prints Latin, Greek and Cyrillic;
 * for Chinese, Japanese and Korean names (delegations from Beijing, Sichuan, Xi'an, Tokyo, Seoul) the glyphs
 * come from a CJK font of the server, WenQuanYi Micro Hei by default (Debian: {@code fonts-wqy-microhei};
 * {@code coordination.pdf.cjk-font} names another TrueType file or collection). Each font is embedded as the
 * subset the programme uses; a glyph DejaVu lacks is taken from the next font of the CSS font-family list.
 */
@Component
class ProgrammePdf {

    private static final Logger LOG = LoggerFactory.getLogger(ProgrammePdf.class);

    private static final String FONT = "DejaVu Sans";

    /** The family name the programme's CSS asks for after DejaVu Sans. */
    static final String CJK_FONT = "WenQuanYi Micro Hei";

    private final ITemplateEngine templates;

    private final String css;

    private final File cjkFont;

    ProgrammePdf(ITemplateEngine templates,
            @Value("${coordination.pdf.cjk-font}") File cjkFont) {
        this.templates = templates;
        this.css = resource("/static/css/programme.css");
        this.cjkFont = cjkFont.isFile() ? cjkFont : null;
        if (this.cjkFont == null) {
            LOG.warn("No CJK font at {}: Chinese, Japanese and Korean names print as '#' in programmes"
                    + " (apt-get install fonts-wqy-microhei, or set coordination.pdf.cjk-font)", cjkFont);
        }
    }

    byte[] render(DelegationVisit visit, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("visit", visit);
        context.setVariable("css", css);
        String html = templates.process("visit/programme-pdf", context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
        builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
        builder.toStream(pdf);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            if (cjkFont != null) {
                addCollectionOrFont(renderer, cjkFont);
            }
            renderer.layout();
            renderer.createPDF();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not print the programme of visit " + visit.getId(), e);
        }
        return pdf.toByteArray();
    }

    /** A TrueType collection (.ttc) or a single TrueType font, under the family name the CSS asks for. */
    private static void addCollectionOrFont(PdfBoxRenderer renderer, File file) throws IOException {
        if (file.getName().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            renderer.getFontResolver().addFontCollection(file, CJK_FONT, 400, IdentValue.NORMAL, true);
        }
        else {
            renderer.getFontResolver().addFont(file, CJK_FONT, 400, IdentValue.NORMAL, true);
        }
    }

    private static InputStream font(String file) {
        return ProgrammePdf.class.getResourceAsStream("/fonts/" + file);
    }

    private static String resource(String path) {
        try (InputStream in = ProgrammePdf.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
