package be.brussels.international.coordination.communication;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.brussels.international.coordination.CommittedChanges;
import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import be.brussels.international.coordination.TestMail;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * « The Brussels globe », publicly: double opt-in (nothing but the confirmation before it is confirmed), the
 * consent recorded, the same answer for a known and an unknown address, one-click unsubscription (RFC 8058)
 * on a signed address only. Real messages through the tests' SMTP server; committed, then undone.
 */
@IntegrationTest
class NewsletterTests {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GreenMail smtp;

    @Autowired
    Newsletter newsletter;

    @Autowired
    UserDetailsService users;

    CommittedChanges committed;

    @BeforeEach
    void mark() {
        committed = CommittedChanges.mark(jdbc);
    }

    @AfterEach
    void undo() {
        committed.undo();
    }

    @Test
    void aReaderSubscribesConfirmsFromTheMessageAndTheConsentIsRecorded() throws Exception {
        mvc.perform(subscription("Lea.Peeters@Example.org", "nl", "en").param("lang", "nl"))
                .andExpect(redirectedUrl("/public/newsletter/thanks"))
                .andExpect(flash().attribute("success", "newsletter.subscribed"));
        assertThat(jdbc.queryForMap("select status, languages, consent_version, consented_at is not null as consented,"
                + " confirmed_at from subscriber where email = 'lea.peeters@example.org'"))
                .containsEntry("status", "PENDING").containsEntry("languages", "nl,en")
                .containsEntry("consent_version", Newsletter.CONSENT_VERSION).containsEntry("consented", true)
                .containsEntry("confirmed_at", null);

        List<MimeMessage> received = TestMail.receivedBy(smtp, "lea.peeters@example.org");
        assertThat(received).as("the confirmation, and nothing else").hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("Bevestig uw inschrijving op The Brussels globe");
        String link = link(received.get(0));
        assertThat(link).contains("/public/newsletter/confirm/");
        String path = link.replaceFirst("^https?://[^/]+", "");

        Document page = Html.parse(mvc.perform(get(path)).andExpect(status().isOk()));
        assertThat(page.select("h1").text()).isEqualTo("Confirmer l’abonnement");
        assertThat(jdbc.queryForObject("select status from subscriber where email = 'lea.peeters@example.org'",
                String.class)).as("opening the link (a mail scanner) confirms nothing").isEqualTo("PENDING");
        mvc.perform(post(path).with(csrf())).andExpect(redirectedUrl("/public/newsletter/thanks"))
                .andExpect(flash().attribute("success", "newsletter.confirmed"));
        assertThat(jdbc.queryForMap("select status, confirmed_at is not null as confirmed, confirmation_hash"
                + " from subscriber where email = 'lea.peeters@example.org'"))
                .containsEntry("status", "CONFIRMED").containsEntry("confirmed", true)
                .containsEntry("confirmation_hash", null);
        mvc.perform(get(path)).andExpect(status().isGone());
    }

    @Test
    void aSecondSubscriptionWithinAQuarterOfAnHourSendsNothingAndTheFirstLinkKeepsWorking() throws Exception {
        mvc.perform(subscription("twice@example.org", "fr")).andExpect(redirectedUrl("/public/newsletter/thanks"));
        mvc.perform(subscription("twice@example.org", "fr")).andExpect(redirectedUrl("/public/newsletter/thanks"));
        List<MimeMessage> received = TestMail.receivedBy(smtp, "twice@example.org");
        assertThat(received).hasSize(1);
        mvc.perform(post(link(received.get(0)).replaceFirst("^https?://[^/]+", "")).with(csrf()))
                .andExpect(flash().attribute("success", "newsletter.confirmed"));
    }

    @Test
    void anEmptyFileIsSaidToBeEmptyAndNoFileToBeMissing() throws Exception {
        Document empty = Html.parse(mvc.perform(multipart("/newsletter/subscribers/import")
                .file(new MockMultipartFile("file", "abonnes.csv", "text/csv", new byte[0])).with(csrf())
                .param("languages", "fr").param("consentBasis", "Base").with(user(users.loadUserByUsername("jmverdin"))))
                .andExpect(status().isOk()));
        assertThat(empty.select("#file-error").text()).isEqualTo("Ce fichier est vide.");
        Document none = Html.parse(mvc.perform(multipart("/newsletter/subscribers/import")
                .file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0])).with(csrf())
                .param("languages", "fr").param("consentBasis", "Base").with(user(users.loadUserByUsername("jmverdin"))))
                .andExpect(status().isOk()));
        assertThat(none.select("#file-error").text()).isEqualTo("Choisissez un fichier CSV.");
    }

    @Test
    void theAnswerIsTheSameForAKnownAndAnUnknownAddressAndOnlyTheOwnerLearnsWhich() throws Exception {
        long id = confirmed("known@example.org");
        String known = mvc.perform(subscription("known@example.org", "fr")).andReturn().getFlashMap().get("success")
                .toString();
        String unknown = mvc.perform(subscription("unknown@example.org", "fr")).andReturn().getFlashMap()
                .get("success").toString();
        assertThat(known).isEqualTo(unknown);

        List<MimeMessage> toKnown = TestMail.receivedBy(smtp, "known@example.org");
        assertThat(toKnown).hasSize(1);
        assertThat(toKnown.get(0).getSubject()).isEqualTo("Vous recevez déjà The Brussels globe");
        assertThat(link(toKnown.get(0))).endsWith("/public/newsletter/preferences/" + id + "/"
                + newsletter.signature(id));
        assertThat(jdbc.queryForObject("select status from subscriber where id = ?", String.class, id))
                .isEqualTo("CONFIRMED");
    }

    @Test
    void oneClickUnsubscribesASignedAddressOnlyWithoutAPageNorAToken() throws Exception {
        long id = confirmed("leaving@example.org");
        String signature = newsletter.signature(id);

        // Another first character, whatever it was (replacing it by a fixed one passed by luck when it was that one).
        String forged = (signature.charAt(0) == 'x' ? "y" : "x") + signature.substring(1);
        mvc.perform(post("/public/newsletter/unsubscribe/" + id + "/" + forged)
                .param("List-Unsubscribe", "One-Click")).andExpect(status().isGone());
        mvc.perform(post("/public/newsletter/unsubscribe/" + (id + 1000) + "/" + signature)
                .param("List-Unsubscribe", "One-Click")).andExpect(status().isGone());
        // The page's button needs its CSRF token: without it, back to the public page ("expired"), nothing done.
        mvc.perform(post("/public/newsletter/unsubscribe/" + id + "/" + signature))
                .andExpect(redirectedUrl("/public/newsletter?expired"));
        assertThat(jdbc.queryForObject("select status from subscriber where id = ?", String.class, id))
                .isEqualTo("CONFIRMED");

        mvc.perform(post("/public/newsletter/unsubscribe/" + id + "/" + signature)
                .param("List-Unsubscribe", "One-Click")).andExpect(status().isOk())
                .andExpect(content().string("Unsubscribed"));
        assertThat(jdbc.queryForMap("select status, unsubscribed_at is not null as left from subscriber where id = ?",
                id)).containsEntry("status", "UNSUBSCRIBED").containsEntry("left", true);
        assertThat(Html.parse(mvc.perform(get("/public/newsletter/preferences/" + id + "/" + signature))).text())
                .contains("leaving@example.org ne reçoit pas « The Brussels globe »");
    }

    @Test
    void withoutConsentOrLanguageNothingIsRecordedAndWhatWasTypedStays() throws Exception {
        Document page = Html.parse(mvc.perform(post("/public/newsletter").with(csrf())
                .param("email", "nobody@example.org")).andExpect(status().isOk()));
        assertThat(page.select("#consent-error").text()).startsWith("Cochez la case");
        assertThat(page.select("#email").val()).isEqualTo("nobody@example.org");
        Document languages = Html.parse(mvc.perform(post("/public/newsletter").with(csrf())
                .param("email", "nobody@example.org").param("consent", "true")).andExpect(status().isOk()));
        assertThat(languages.select("#languages-error").text()).isEqualTo("Choisissez au moins une langue.");
        assertThat(jdbc.queryForObject("select count(*) from subscriber where email = 'nobody@example.org'",
                Long.class)).isZero();
        assertThat(TestMail.receivedBy(smtp, "nobody@example.org")).isEmpty();
    }

    @Test
    void theCommunicationOfficerAndTheCoordinatorListAndExportTheSubscribersAndNobodyElse() throws Exception {
        confirmed("reader.one@example.org");
        mvc.perform(subscription("reader.two@example.org", "nl"));

        Document officer = Html.parse(mvc.perform(get("/newsletter/subscribers").param("status", "CONFIRMED")
                .with(user(users.loadUserByUsername("jmverdin")))).andExpect(status().isOk()));
        assertThat(Html.texts(officer, "#subscribers tbody th")).contains("reader.one@example.org")
                .doesNotContain("reader.two@example.org");
        assertThat(Html.parse(mvc.perform(get("/newsletter/subscribers").param("q", "READER.TWO")
                .with(user(users.loadUserByUsername("gclerckx"))))).select("#subscribers tbody td:nth-child(4) > span:first-child")
                .text()).isEqualTo("À confirmer");
        String csv = mvc.perform(get("/newsletter/subscribers").param("export", "csv").param("q", "reader.")
                .with(user(users.loadUserByUsername("jmverdin")))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("reader.one@example.org", "reader.two@example.org", Newsletter.CONSENT_VERSION);
        mvc.perform(get("/newsletter/subscribers").with(user(users.loadUserByUsername("fvandernoot"))))
                .andExpect(status().isForbidden());
        assertThat(Html.parse(mvc.perform(get("/").with(user(users.loadUserByUsername("jmverdin")))))
                .select("#newsletter")).hasSize(1);
        assertThat(Html.parse(mvc.perform(get("/").with(user(users.loadUserByUsername("fvandernoot")))))
                .select("#newsletter")).isEmpty();
    }

    @Test
    void anImportIsCheckedFirstThenRecordsOnlyNewValidAddressesWithTheirConsentBasisAndSendsNothing() throws Exception {
        confirmed("already@example.org");
        long left = confirmed("left@example.org");
        newsletter.unsubscribe(left, newsletter.signature(left), null);
        String csv = "\uFEFFadresse\nnew.one@example.org;nl\nNew.Two@Example.org;\nnot an address;fr\n"
                + "new.one@example.org;fr\nalready@example.org;fr\nleft@example.org;fr\n<b>x</b>@example.org\n"
                + "=HYPERLINK(\"http://evil.example\")@example.org\n;\nnew.three@example.org;de\n";
        MockMultipartFile file = new MockMultipartFile("file", "abonnes.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));

        Document checked = Html.parse(mvc.perform(multipart("/newsletter/subscribers/import").file(file).with(csrf())
                .param("languages", "fr", "en").param("consentBasis", "Ancienne lettre, consentement de 2024")
                .param("checkOnly", "true").with(user(users.loadUserByUsername("jmverdin")))).andExpect(status().isOk()));
        assertThat(checked.select("#report-title").text()).isEqualTo("Vérification : rien n’a été enregistré");
        assertThat(Html.texts(checked, "#report .summary-list li")).containsExactly(
                "2 adresses seraient importées", "3 adresses non valables", "1 en double dans le fichier",
                "1 langue inconnue (fr, nl ou en)", "1 déjà sur cette liste (abonnée ou en attente)", "1 s’est désabonnée : jamais réabonnée par un import");
        assertThat(jdbc.queryForObject("select count(*) from subscriber where email like 'new.%'", Long.class)).isZero();

        mvc.perform(multipart("/newsletter/subscribers/import").file(file).with(csrf()).param("languages", "fr", "en")
                .param("consentBasis", "Ancienne lettre, consentement de 2024")
                .with(user(users.loadUserByUsername("jmverdin")))).andExpect(status().isOk());
        assertThat(jdbc.queryForList("select email || ' ' || status || ' ' || languages || ' ' || consent_version"
                + " || ' ' || consent_basis from subscriber where email like 'new.%' order by email", String.class))
                .containsExactly("new.one@example.org CONFIRMED nl IMPORT Ancienne lettre, consentement de 2024",
                        "new.two@example.org CONFIRMED fr,en IMPORT Ancienne lettre, consentement de 2024");
        assertThat(jdbc.queryForObject("select status from subscriber where id = ?", String.class, left))
                .as("who left is never subscribed again").isEqualTo("UNSUBSCRIBED");
        assertThat(TestMail.receivedBy(smtp, "new.one@example.org")).as("nothing sent").isEmpty();
        String exported = mvc.perform(get("/newsletter/subscribers").param("export", "csv").param("q", "new.one")
                .with(user(users.loadUserByUsername("jmverdin")))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(exported).contains("Base du consentement", "Ancienne lettre, consentement de 2024");
    }

    @Test
    void anImportNeedsItsConsentBasisAndAReadableFileAndIsTheOfficersOnly() throws Exception {
        MockMultipartFile broken = new MockMultipartFile("file", "x.csv", "text/csv",
                "\"unclosed@example.org,fr\n".getBytes(StandardCharsets.UTF_8));
        Document page = Html.parse(mvc.perform(multipart("/newsletter/subscribers/import").file(broken).with(csrf())
                .param("languages", "fr").param("consentBasis", " ").param("checkOnly", "false")
                .with(user(users.loadUserByUsername("gclerckx")))).andExpect(status().isOk()));
        assertThat(page.select("#consentBasis-error").text()).isNotEmpty();
        Document unreadable = Html.parse(mvc.perform(multipart("/newsletter/subscribers/import").file(broken)
                .with(csrf()).param("languages", "fr").param("consentBasis", "Base").param("checkOnly", "false")
                .with(user(users.loadUserByUsername("gclerckx")))).andExpect(status().isOk()));
        assertThat(unreadable.select("#file-error").text()).contains("ne se lit pas comme un CSV à partir de la ligne 1");
        mvc.perform(multipart("/newsletter/subscribers/import").file(broken).with(csrf()).param("languages", "fr")
                .param("consentBasis", "Base").with(user(users.loadUserByUsername("fvandernoot"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPublicFormPostedAfterItsSessionEndedComesBackToItsPageSayingSo() throws Exception {
        mvc.perform(post("/public/newsletter").param("email", "late@example.org").param("languages", "fr")
                .param("consent", "true")).andExpect(redirectedUrl("/public/newsletter?expired"));
        assertThat(Html.parse(mvc.perform(get("/public/newsletter").param("expired", "")).andExpect(status().isOk()))
                .select("#expired").text()).startsWith("La page avait expiré");
    }

    /** A subscriber who confirmed (through the pages); their id. */
    private long confirmed(String email) throws Exception {
        mvc.perform(subscription(email, "fr"));
        String link = link(TestMail.receivedBy(smtp, email).get(0)).replaceFirst("^https?://[^/]+", "");
        mvc.perform(post(link).with(csrf())).andExpect(flash().attribute("success", "newsletter.confirmed"));
        smtp.purgeEmailFromAllMailboxes();
        return jdbc.queryForObject("select id from subscriber where email = ?", Long.class, email);
    }

    private static MockHttpServletRequestBuilder subscription(String email, String... languages) {
        return post("/public/newsletter").with(csrf()).param("email", email).param("languages", languages)
                .param("consent", "true");
    }

    /** The link of the message, as the reader's mail program shows it (decoded). */
    private static String link(MimeMessage message) throws Exception {
        Matcher link = LINK.matcher(message.getContent().toString());
        assertThat(link.find()).as("a link in the message").isTrue();
        return link.group();
    }
}
