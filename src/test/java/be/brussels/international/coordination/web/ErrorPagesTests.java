package be.brussels.international.coordination.web;

import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import be.brussels.international.coordination.HttpSession;
import be.brussels.international.coordination.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Error pages as the servlet container renders them, over real HTTP, in the reader's language. */
@IntegrationTest
class ErrorPagesTests {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({ "/partners/atlantis, Page introuvable", "/staff/nobody?lang=nl, Pagina niet gevonden",
            "/dossiers/nothing?lang=en, Page not found", "/no/such/page, Page introuvable",
            // White space or a control character in a path names nothing (it was trimmed into Québec's slug).
            "/partners/quebec%20, Page introuvable", "/staff/%09fvandernoot?lang=nl, Pagina niet gevonden",
            "/partners/quebec%C2%A0?lang=en, Page not found" })
    void anUnknownRecordOrAddressGivesTheNotFoundPage(String path, String title) throws Exception {
        HttpResponse<String> response = HttpSession.loggedIn(port, "pgerard").get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo(title);
        assertThat(response.body()).doesNotContain("Exception", "at be.brussels");
        assertThat(page.select(".language-switch a").eachAttr("href")).allMatch(href -> !href.startsWith("/error"));
        // With the headers of every page: it names the reader, and it must not be framed, sniffed or kept.
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
    }

    @Test
    void aForbiddenPageSaysSoInTheReadersLanguage() throws Exception {
        HttpSession session = HttpSession.loggedIn(port, "pgerard");
        session.get("/staff?lang=en");

        HttpResponse<String> response = session.get("/actuator/info");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo("Access denied");
    }

    /**
     * Above the multipart limit (25 MB), with the CSRF token in the form as browsers send it: the
     * application's page in the reader's language, saying the limit, not the container's.
     */
    @ParameterizedTest
    @CsvSource({ "nl, Bestand te groot, hoogstens 20 MB", "fr, Fichier trop volumineux, 20 Mo au plus" })
    void anUploadOverTheLimitGetsTheApplicationsPageInTheReadersLanguage(String language, String title,
            String limit) throws Exception {
        HttpSession session = HttpSession.loggedIn(port, "gclerckx");
        long agreement = 1;
        Document page = session.page("/agreements/" + agreement + "?lang=" + language);
        String token = page.selectFirst("form[action$=/documents] input[name=_csrf]").attr("value");

        HttpResponse<String> response = session.upload("/agreements/" + agreement + "/documents", token,
                30L * 1024 * 1024);

        assertThat(response.statusCode()).isEqualTo(413);
        Document shown = Jsoup.parse(response.body());
        assertThat(shown.selectFirst("h1").text()).isEqualTo(title);
        assertThat(shown.selectFirst("#limit").text()).contains(limit);
    }

    @Test
    void aMalformedRequestGivesAPageNotAStackTrace() throws Exception {
        HttpResponse<String> response = HttpSession.loggedIn(port, "pgerard").get("/partners/a%00b");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception");
    }

    /** An address whose page needs a parameter it gives empty: the application's 400 page, no warning logged. */
    @ParameterizedTest
    @CsvSource({ "/agreements?export=, Demande non valide", "/visits?export=&lang=nl, Ongeldige aanvraag",
            "/partners/quebec/history?export=&lang=en, Invalid request" })
    void anEmptyParameterAPageNeedsGivesThe400Page(String path, String title) throws Exception {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
                new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        root.addAppender(logged);
        try {
            HttpResponse<String> response = HttpSession.loggedIn(port, "pgerard").get(path);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo(title);
        }
        finally {
            root.detachAppender(logged);
        }
        assertThat(logged.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN))
                .isEmpty();
    }

    /**
     * Characters a query should carry encoded but that scanners and old links send as they are ({@code q[]=x}): the
     * application answers, not Tomcat's bare 400 page. Over a socket: Java's own clients refuse to send them.
     */
    @Test
    void aQueryWithBracketsIsTheApplicationsToAnswer() throws Exception {
        for (String query : new String[] { "x[]=1", "x{y}=1|2", "q=%3Cb%3E&y=<b>\"^`" }) {
            try (Socket socket = new Socket("localhost", port)) {
                socket.getOutputStream().write(("GET /login?" + query + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).as(query).startsWith("HTTP/1.1 200").contains("id=\"username\"")
                        .doesNotContain("<b>");
            }
        }
    }

    /**
     * An encoded slash or backslash in a path: the application's 400 page in the reader's language, not Tomcat's; as
     * for every address its firewall refuses (a semicolon), with the headers of every page.
     */
    @ParameterizedTest
    @CsvSource({ "/partners/quebec%2F, Demande non valide", "/partners/..%2Fstaff?lang=nl, Ongeldige aanvraag",
            "/partners/quebec%5C, Demande non valide", "/partners/quebec%3B, Demande non valide" })
    void anEncodedSlashInAPathGivesThe400Page(String path, String title) throws Exception {
        HttpResponse<String> response = HttpSession.loggedIn(port, "pgerard").get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo(title);
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    /** A parameter that cannot be decoded: the application's 400 page, and no error with its stack trace in the log. */
    @Test
    void anUndecodableParameterGivesThe400PageAndNoErrorInTheLog() throws Exception {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
                new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        root.addAppender(logged);
        try {
            for (String path : new String[] { "/login?q=%ZZ", "/newsletter?lang=%ZZ", "/css/app.css?%ZZ" }) {
                try (Socket socket = new Socket("localhost", port)) {
                    socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                            + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(answer).as(path).startsWith("HTTP/1.1 400").contains("<h1");
                }
            }
        }
        finally {
            root.detachAppender(logged);
        }
        assertThat(logged.list).filteredOn(event -> event.getLevel() == ch.qos.logback.classic.Level.ERROR).isEmpty();
    }

    /**
     * What Tomcat refuses itself, before any filter of the application — a path under /WEB-INF or /META-INF, TRACE,
     * an address it cannot decode — and the error page asked for directly: a page with the headers of every page
     * (the error dispatch and Tomcat's own report went without them).
     */
    @ParameterizedTest
    @CsvSource({ "GET /WEB-INF/web.xml, 404", "GET /META-INF/MANIFEST.MF, 404", "TRACE /partners, 405",
            "GET /partners/quebec%00, 400", "GET /%, 400", "GET /partners/%C0%AF, 400", "GET /error, 404",
            // A static file's address with a query that cannot be read: its chain recognises nobody (it was a 500).
            "GET /css/app.css?%ZZ, 400", "GET /js/form-errors.js?q=%, 400", "GET /favicon.ico?%C0%AF, 400" })
    void whatTomcatRefusesCarriesTheHeadersOfEveryPage(String request, int status) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write((request + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);

            assertThat(answer).as(request).startsWith("HTTP/1.1 " + status);
            assertThat(head).as(request).contains("content-security-policy: default-src 'self'",
                    "x-frame-options: deny", "x-content-type-options: nosniff", "cache-control: no-cache, no-store");
        }
    }
}
