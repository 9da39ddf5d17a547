package be.brussels.international.coordination.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import be.brussels.international.coordination.CommittedChanges;
import be.brussels.international.coordination.HttpSession;
import be.brussels.international.coordination.IntegrationTest;
import be.brussels.international.coordination.communication.Audience;
import be.brussels.international.coordination.communication.Editions;
import be.brussels.international.coordination.shared.LocalizedText;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload refused on a record's page goes back to that page, its message by the field — over real HTTP, with the
 * session in PostgreSQL: the refused form travels serialized, and Spring's uploaded file (Serializable by its type,
 * not in fact) made it a server error, which MockMvc's files never showed.
 */
@IntegrationTest
class RefusedUploadsTests {

    @LocalServerPort
    int port;

    @Autowired
    Editions editions;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFileThatIsNoImageGoesBackToTheEditionWithItsMessage() throws Exception {
        CommittedChanges committed = CommittedChanges.mark(jdbc);
        try {
            UserDetails user = users.loadUserByUsername("jmverdin");
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            long edition = editions.create(Audience.GLOBE, new LocalizedText("Essai", "Test", "Test")).getId();
            SecurityContextHolder.clearContext();

            HttpSession session = HttpSession.loggedIn(port, "jmverdin");
            String page = "/newsletter/editions/" + edition;
            String token = session.page(page + "?lang=nl").selectFirst("form[action$=/images] input[name=_csrf]")
                    .attr("value");
            for (byte[] file : new byte[][] { "<html>".getBytes(StandardCharsets.UTF_8), new byte[0] }) {
                HttpResponse<String> refused = session.upload(page + "/images", token, "fake.png", "image/png", file);

                assertThat(refused.statusCode()).isEqualTo(302);
                Document shown = session.page(page);
                assertThat(shown.select("#form-errors li")).hasSize(1);
                assertThat(shown.select("form[action$=/images] .invalid-feedback").text()).isNotBlank();
            }
        }
        finally {
            SecurityContextHolder.clearContext();
            committed.undo();
        }
    }

    @Test
    void aDocumentRefusedGoesBackToTheAgreementWithItsMessage() throws Exception {
        HttpSession session = HttpSession.loggedIn(port, "gclerckx");
        String page = "/agreements/1";
        String token = session.page(page + "?lang=nl").selectFirst("form[action$=/documents] input[name=_csrf]")
                .attr("value");

        HttpResponse<String> refused = session.upload(page + "/documents", token, "contract.exe",
                "application/octet-stream", "MZ".getBytes(StandardCharsets.US_ASCII));

        assertThat(refused.statusCode()).isEqualTo(302);
        Document shown = session.page(page);
        assertThat(shown.select("#form-errors li")).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from agreement_document where agreement_id = 1",
                Integer.class)).isZero();
    }
}
