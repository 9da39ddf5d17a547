package be.brussels.international.coordination.web;

import java.net.http.HttpResponse;

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
            "/dossiers/nothing?lang=en, Page not found", "/no/such/page, Page introuvable" })
    void anUnknownRecordOrAddressGivesTheNotFoundPage(String path, String title) throws Exception {
        HttpResponse<String> response = HttpSession.loggedIn(port, "pgerard").get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo(title);
        assertThat(response.body()).doesNotContain("Exception", "at be.brussels");
        assertThat(page.select(".language-switch a").eachAttr("href")).allMatch(href -> !href.startsWith("/error"));
    }

    @Test
    void aForbiddenPageSaysSoInTheReadersLanguage() throws Exception {
        HttpSession session = HttpSession.loggedIn(port, "pgerard");
        session.get("/staff?lang=en");

        HttpResponse<String> response = session.get("/actuator/info");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo("Access denied");
    }

    @Test
    void aMalformedRequestGivesAPageNotAStackTrace() throws Exception {
        HttpResponse<String> response = HttpSession.loggedIn(port, "pgerard").get("/partners/a%00b");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception");
    }
}
