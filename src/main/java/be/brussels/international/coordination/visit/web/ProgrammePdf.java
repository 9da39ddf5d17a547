package be.brussels.international.coordination.visit.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import be.brussels.international.coordination.visit.DelegationVisit;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The printable programme of a visit, in a given language: the {@code visit/programme-pdf} template rendered
 * to HTML by Thymeleaf, then to PDF by openhtmltopdf, with DejaVu Sans embedded so that every name prints.
 */
@Component
class ProgrammePdf {

    private static final String FONT = "DejaVu Sans";

    private final ITemplateEngine templates;

    private final String css;

    ProgrammePdf(ITemplateEngine templates) {
        this.templates = templates;
        this.css = resource("/static/css/programme.css");
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
        try {
            builder.run();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not print the programme of visit " + visit.getId(), e);
        }
        return pdf.toByteArray();
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
