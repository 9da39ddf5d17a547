package be.brussels.international.coordination.communication;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.brussels.international.coordination.CommittedChanges;
import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import be.brussels.international.coordination.TestMail;
import be.brussels.international.coordination.shared.LocalizedText;
import be.brussels.international.coordination.shared.Refused;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An edition of « The Brussels globe » from writing to the last message: approval by the coordinator only and
 * complete in three languages, one outbox row per confirmed subscriber of the list, real messages through the
 * tests' SMTP server (both parts, the headers of RFC 8058, a one-click address that works), never twice — also
 * when the worker stops or crashes midway —, pause and cancel, failures retried then recorded, the archive.
 */
@IntegrationTest
class EditionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GreenMail smtp;

    @Autowired
    Editions editions;

    @Autowired
    Outbox outbox;

    @Autowired
    SubscriberImport imports;

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    UserDetailsService users;

    CommittedChanges committed;

    @BeforeEach
    void mark() throws Exception {
        committed = CommittedChanges.mark(jdbc);
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void undo() throws Exception {
        SecurityContextHolder.clearContext();
        committed.undo();
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void anApprovedEditionReachesEveryConfirmedSubscriberOnceWithBothPartsAndAOneClickAddress() throws Exception {
        long lea = subscriber("lea@example.org", "CONFIRMED", "nl,en", "GLOBE");
        subscriber("pending@example.org", "PENDING", "fr", "GLOBE");
        subscriber("gone@example.org", "UNSUBSCRIBED", "fr", "GLOBE");
        subscriber("staff-only@example.org", "CONFIRMED", "fr", "STAFF");
        long marc = subscriber("marc@example.org", "CONFIRMED", "fr", "GLOBE,STAFF");
        long edition = approvedEdition();

        as("jmverdin");
        assertThat(editions.sendNow(edition, version(edition))).isEqualTo(2);
        assertThat(outbox.pass(100)).isEqualTo(2);
        assertThat(outbox.pass(100)).as("nothing twice").isZero();
        assertThat(jdbc.queryForObject("select status from edition where id = ?", String.class, edition))
                .isEqualTo("SENT");
        assertThat(smtp.getReceivedMessages()).hasSize(2);

        MimeMessage toLea = TestMail.receivedBy(smtp, "lea@example.org").get(0);
        assertThat(toLea.getSubject()).isEqualTo("De wereld in Brussel / The world in Brussels");
        String unsubscribe = toLea.getHeader("List-Unsubscribe", null);
        assertThat(unsubscribe)
                .matches("<https?://[^>]+/public/newsletter/unsubscribe/" + lea + "/[A-Za-z0-9_-]+\\?list=GLOBE>");
        assertThat(toLea.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        Map<String, String> parts = parts(toLea);
        assertThat(parts).containsKeys("text/plain", "text/html");
        assertThat(parts.get("text/plain")).contains("Een nieuw partnerschap", "A new partnership")
                .doesNotContain("Un nouveau partenariat").contains(unsubscribe.substring(1, unsubscribe.length() - 1));
        assertThat(parts.get("text/html")).contains("<strong>Québec</strong>", "style=\"", "&lt;img src=x")
                .doesNotContain("<script", "<img src=\"x\"").contains("/public/newsletter/unsubscribe/" + lea + "/");
        assertThat(TestMail.receivedBy(smtp, "marc@example.org").get(0).getSubject()).isEqualTo("Le monde à Bruxelles");

        // The mail program's one click (RFC 8058): a POST to the header's address, no cookie, no token.
        String path = unsubscribe.substring(1, unsubscribe.length() - 1).replaceFirst("^https?://[^/]+", "");
        mvc.perform(post(path).param("List-Unsubscribe", "One-Click")).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select status from subscriber where id = ?", String.class, lea))
                .isEqualTo("UNSUBSCRIBED");
        assertThat(marc).isPositive();

        // The archive shows it, in the reader's language.
        assertThat(Html.parse(mvc.perform(get("/public/newsletter/archive").param("lang", "nl"))
                .andExpect(status().isOk())).select("#archive").text()).contains("De wereld in Brussel");
        int number = jdbc.queryForObject("select number from edition where id = ?", Integer.class, edition);
        assertThat(Html.parse(mvc.perform(get("/public/newsletter/archive/" + number).param("lang", "en"))
                .andExpect(status().isOk())).select("article h2").text()).isEqualTo("A new partnership");
    }

    @Test
    void aWorkerStoppedMidwayOrCrashingResumesAndEveryConfirmedSubscriberGetsExactlyOneMessage() throws Exception {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            addresses.add("reader" + i + "@example.org");
            subscriber(addresses.get(i), "CONFIRMED", "fr", "GLOBE");
        }
        long edition = approvedEdition();
        as("jmverdin");
        editions.sendNow(edition, version(edition));

        // Stopped after 7 messages (a shutdown): the message in flight finishes, the rest of the batch is given back.
        AtomicInteger sent = new AtomicInteger();
        JavaMailSender stoppingAfterSeven = delegate(message -> {
            if (sent.incrementAndGet() == 7) {
                outbox.stop();
            }
        });
        assertThat(outbox.send(20, stoppingAfterSeven)).isEqualTo(7);
        assertThat(jdbc.queryForObject("select count(*) from delivery where edition_id = ? and claimed_until is not null",
                Integer.class, edition)).as("given back").isZero();
        outbox.start();

        // Crashed at the 5th message of the next batch (the process dies: nothing is given back, the message never
        // left): the batch's lease keeps the rows from anyone until it expires.
        AtomicInteger crash = new AtomicInteger();
        JavaMailSender crashingAtFive = delegate(message -> {
            if (crash.incrementAndGet() == 5) {
                throw new OutOfMemoryError("the process dies");
            }
        });
        assertThatThrownBy(() -> outbox.send(10, crashingAtFive)).isInstanceOf(OutOfMemoryError.class);
        assertThat(outbox.send(100, mailSender)).as("the crashed batch is leased").isEqualTo(30 - 7 - 4 - 6);
        jdbc.update("update delivery set claimed_until = now() - interval '1 second' where edition_id = ?"
                + " and status = 'PENDING'", edition);
        assertThat(outbox.pass(100)).isEqualTo(6);

        Map<String, Long> received = addresses.stream().collect(Collectors.toMap(Function.identity(),
                address -> (long) TestMail.receivedBy(smtp, address).size()));
        assertThat(received.values()).as("exactly one each").containsOnly(1L);
        assertThat(jdbc.queryForObject("select status from edition where id = ?", String.class, edition))
                .isEqualTo("SENT");
    }

    @Test
    void onlyTheCoordinatorApprovesACompleteEditionAndAChangeAfterApprovalNeedsItAgain() throws Exception {
        as("jmverdin");
        Edition created = editions.create(Audience.GLOBE, new LocalizedText("Objet", "", ""));
        long id = created.getId();
        assertThatThrownBy(() -> editions.approve(id, version(id))).isInstanceOf(Refused.class)
                .hasFieldOrPropertyWithValue("messageKey", "edition.refused.coordinatorOnly");
        as("gclerckx");
        assertThatThrownBy(() -> editions.approve(id, version(id)))
                .hasFieldOrPropertyWithValue("messageKey", "edition.refused.noArticle");
        editions.addArticle(id, version(id), new ArticleDetails(new LocalizedText("Titre", "", ""),
                new LocalizedText("Texte", "", ""), null, null, null));
        assertThatThrownBy(() -> editions.approve(id, version(id)))
                .hasFieldOrPropertyWithValue("messageKey", "edition.refused.incomplete");
        assertThatThrownBy(() -> editions.sendNow(id, version(id)))
                .hasFieldOrPropertyWithValue("messageKey", "edition.refused.notApproved");
        long complete = approvedEdition();
        as("jmverdin");
        long article = jdbc.queryForObject("select id from edition_article where edition_id = ?", Long.class, complete);
        editions.changeArticle(complete, version(complete), article, new ArticleDetails(
                new LocalizedText("Autre titre", "Andere titel", "Other title"), new LocalizedText("a", "b", "c"),
                null, null, null));
        assertThat(jdbc.queryForObject("select status from edition where id = ?", String.class, complete))
                .isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("select count(*) from edition_aud where id = ?", Integer.class, complete))
                .as("audited").isGreaterThanOrEqualTo(3);
        // The page says so and offers no approval to the officer.
        assertThat(Html.parse(mvc.perform(get("/newsletter/editions/" + complete).with(user(users.loadUserByUsername(
                "jmverdin")))).andExpect(status().isOk())).select("#approve")).isEmpty();
        mvc.perform(get("/newsletter/editions/" + complete).with(user(users.loadUserByUsername("fvandernoot"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anEditionTakesItsListsNextNumberWhenSentAndADraftNeverSentIsDeletedLeavingNoGap() throws Exception {
        long draft = approvedEdition();
        long first = approvedEdition();
        long internal = approvedEdition();
        as("jmverdin");
        editions.change(internal, version(internal), Audience.STAFF, new LocalizedText("Interne", "Intern", "Internal"));
        as("gclerckx");
        editions.approve(internal, version(internal));
        editions.sendNow(internal, version(internal));
        editions.sendNow(first, version(first));
        long globe = jdbc.queryForObject("select coalesce(max(number), 0) from edition where audience = 'GLOBE'"
                + " and id <> ?", Long.class, first);
        assertThat(jdbc.queryForObject("select number from edition where id = ?", Long.class, first))
                .as("the next of the public series; the draft created before took none").isEqualTo(globe + 1);
        assertThat(jdbc.queryForObject("select number from edition where id = ?", Long.class, draft)).isNull();
        assertThat(jdbc.queryForObject("select number from edition where id = ?", Long.class, internal))
                .as("the staff's own series").isEqualTo(jdbc.queryForObject(
                        "select max(number) from edition where audience = 'STAFF'", Long.class));

        mvc.perform(post("/newsletter/editions/" + draft + "/delete").param("version", Long.toString(version(draft)))
                .with(csrf()).with(user(users.loadUserByUsername("jmverdin"))))
                .andExpect(flash().attribute("success", "edition.removed"));
        assertThat(jdbc.queryForObject("select count(*) from edition where id = ?", Integer.class, draft)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from edition_aud where id = ? and revtype = 2", Integer.class,
                draft)).as("the deletion is in the history").isEqualTo(1);
        mvc.perform(post("/newsletter/editions/" + first + "/delete").param("version", Long.toString(version(first)))
                .with(csrf()).with(user(users.loadUserByUsername("jmverdin"))))
                .andExpect(flash().attribute("failure", "edition.refused.notRemovable"));
    }

    @Test
    void theCoordinatorCannotApproveAnEditionWhoseArticlesChangedSinceHeOpenedIt() {
        as("jmverdin");
        long id = editions.create(Audience.GLOBE, new LocalizedText("Objet", "Onderwerp", "Subject")).getId();
        editions.addArticle(id, version(id), new ArticleDetails(new LocalizedText("Titre", "Titel", "Title"),
                new LocalizedText("Texte", "Tekst", "Text"), null, null, null));
        long seenByTheCoordinator = version(id);
        long article = jdbc.queryForObject("select id from edition_article where edition_id = ?", Long.class, id);
        editions.changeArticle(id, version(id), article, new ArticleDetails(new LocalizedText("Titre", "Titel",
                "Title"), new LocalizedText("Autre texte", "Andere tekst", "Other text"), null, null, null));
        as("gclerckx");
        assertThatThrownBy(() -> editions.approve(id, seenByTheCoordinator))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        editions.approve(id, version(id));
    }

    @Test
    void aPausedSendingSendsNothingAndACancelledOneNeverResumes() throws Exception {
        subscriber("one@example.org", "CONFIRMED", "fr", "GLOBE");
        subscriber("two@example.org", "CONFIRMED", "fr", "GLOBE");
        long edition = approvedEdition();
        as("jmverdin");
        editions.sendNow(edition, version(edition));
        editions.pause(edition, version(edition));
        assertThat(outbox.pass(100)).isZero();
        editions.resume(edition, version(edition));
        assertThat(outbox.send(1, mailSender)).isEqualTo(1);
        editions.cancel(edition, version(edition));
        assertThat(outbox.pass(100)).isZero();
        assertThat(editions.progress(edition)).isEqualTo(new Editions.Progress(0, 1, 0, 1));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aScheduledEditionWaitsForItsTimeThenGoesAndCanBeUnscheduledBefore() throws Exception {
        subscriber("scheduled@example.org", "CONFIRMED", "fr", "GLOBE");
        long edition = approvedEdition();
        as("jmverdin");
        assertThatThrownBy(() -> editions.schedule(edition, version(edition), Instant.now().minusSeconds(60)))
                .hasFieldOrPropertyWithValue("messageKey", "edition.refused.scheduleInPast");
        editions.schedule(edition, version(edition), Instant.now().plusSeconds(3600));
        assertThatThrownBy(() -> editions.addArticle(edition, version(edition), new ArticleDetails(
                new LocalizedText("Tard", "", ""), new LocalizedText("", "", ""), null, null, null)))
                .hasFieldOrPropertyWithValue("messageKey", "edition.refused.notEditable");
        assertThat(outbox.pass(100)).as("not yet").isZero();
        editions.unschedule(edition, version(edition));
        assertThat(jdbc.queryForObject("select status from edition where id = ?", String.class, edition))
                .isEqualTo("APPROVED");
        editions.schedule(edition, version(edition), Instant.now().plusSeconds(3600));
        // The hour comes.
        jdbc.update("update edition set scheduled_at = now() - interval '1 second' where id = ?", edition);
        SecurityContextHolder.clearContext(); // the worker's thread: nobody logged in
        assertThat(outbox.pass(100)).isEqualTo(1);
        assertThat(TestMail.receivedBy(smtp, "scheduled@example.org")).hasSize(1);
        assertThat(jdbc.queryForObject("select status from edition where id = ?", String.class, edition))
                .isEqualTo("SENT");
        assertThat(jdbc.queryForObject("select username from revision r join edition_aud a on a.rev = r.id"
                + " where a.id = ? and a.status = 'SENDING'", String.class, edition))
                .as("started by the worker, audited as the system").isEqualTo("system");
    }

    @Test
    void aRecipientTheServerRefusesIsRetriedThenRecordedAsFailedAndCanBeMarkedBouncing() throws Exception {
        long refused = subscriber("refused@example.org", "CONFIRMED", "fr", "GLOBE");
        long edition = approvedEdition();
        as("jmverdin");
        editions.sendNow(edition, version(edition));
        JavaMailSender refusing = delegate(message -> {
            throw new org.springframework.mail.MailSendException(Map.of(message,
                    new jakarta.mail.SendFailedException("550 5.1.1 mailbox unavailable")));
        });
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(outbox.send(10, refusing)).isZero();
            jdbc.update("update delivery set next_attempt_at = now() - interval '1 second' where edition_id = ?", edition);
        }
        assertThat(jdbc.queryForMap("select status, attempts, last_error from delivery where edition_id = ?", edition))
                .containsEntry("status", "FAILED").containsEntry("attempts", 3)
                .containsEntry("last_error", "550 5.1.1 mailbox unavailable");
        assertThat(Html.parse(mvc.perform(get("/newsletter/editions/" + edition).with(user(users.loadUserByUsername(
                "jmverdin")))).andExpect(status().isOk())).select("#failures").text()).contains("refused@example.org",
                "550 5.1.1");
        mvc.perform(post("/newsletter/subscribers/" + refused + "/bouncing").with(csrf())
                .with(user(users.loadUserByUsername("jmverdin"))))
                .andExpect(flash().attribute("success", "newsletter.bouncing.marked"));
        as("jmverdin");
        assertThat(editions.audienceSize(Audience.GLOBE)).isEqualTo(jdbc.queryForObject("select count(*) from subscriber"
                + " where status = 'CONFIRMED' and bouncing_since is null and lists like '%GLOBE%'", Long.class));
    }

    @Test
    void theStaffsListIsFilledByImportAndAStaffEditionReachesOnlyIt() throws Exception {
        subscriber("public@example.org", "CONFIRMED", "fr", "GLOBE");
        subscriber("colleague@example.org", "CONFIRMED", "fr", "GLOBE");
        subscriber("left@example.org", "UNSUBSCRIBED", "fr", "GLOBE");
        as("jmverdin");
        SubscriberImport.Report report = imports.run(new java.io.StringReader(
                "colleague@example.org\nnew.colleague@example.org;nl\nleft@example.org\n"), List.of("fr"),
                "Personnel de Brussels International (contrat de travail)", Audience.STAFF, false);
        assertThat(report.imported()).as("the known one joins, the new one is added").isEqualTo(2);
        assertThat(report.rejected(SubscriberImport.Rejection.UNSUBSCRIBED)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select lists from subscriber where email = 'colleague@example.org'",
                String.class)).isEqualTo("GLOBE,STAFF");
        assertThat(jdbc.queryForObject("select lists from subscriber where email = 'new.colleague@example.org'",
                String.class)).isEqualTo("STAFF");

        long edition = approvedEdition();
        as("jmverdin");
        editions.change(edition, version(edition), Audience.STAFF, new LocalizedText("Interne", "Intern", "Internal"));
        as("gclerckx");
        editions.approve(edition, version(edition));
        as("jmverdin");
        editions.sendNow(edition, version(edition));
        outbox.pass(100);
        assertThat(TestMail.receivedBy(smtp, "colleague@example.org")).hasSize(1);
        assertThat(TestMail.receivedBy(smtp, "new.colleague@example.org")).hasSize(1);
        assertThat(TestMail.receivedBy(smtp, "public@example.org")).isEmpty();

        // Internal: not in the public archive, no « read online »; leaving from it leaves the staff's list only.
        MimeMessage internal = TestMail.receivedBy(smtp, "colleague@example.org").get(0);
        assertThat(parts(internal).get("text/plain")).doesNotContain("/archive/");
        assertThat(internal.getHeader("List-Id", null)).contains("staff");
        int number = jdbc.queryForObject("select number from edition where id = ?", Integer.class, edition);
        mvc.perform(get("/public/newsletter/archive/" + number)).andExpect(status().isNotFound());
        String unsubscribe = internal.getHeader("List-Unsubscribe", null).replaceAll("^<https?://[^/]+|>$", "");
        assertThat(unsubscribe).endsWith("?list=STAFF");
        mvc.perform(post(unsubscribe).param("List-Unsubscribe", "One-Click")).andExpect(status().isOk());
        assertThat(jdbc.queryForMap("select status, lists from subscriber where email = 'colleague@example.org'"))
                .containsEntry("status", "CONFIRMED").containsEntry("lists", "GLOBE");
        mvc.perform(post(unsubscribe.replace("?list=STAFF", "?list=GLOBE")).param("List-Unsubscribe", "One-Click"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select status from subscriber where email = 'colleague@example.org'",
                String.class)).as("the last list left: unsubscribed").isEqualTo("UNSUBSCRIBED");
    }

    @Test
    void withoutAMailServerAnEditionIsWrittenAndApprovedButSendingIsRefusedWithAMessage(
            @Autowired EditionRepository repository, @Autowired EditionImageRepository images,
            @Autowired be.brussels.international.coordination.partner.PartnerCatalog partners,
            @Autowired SourceChoices sources, @Autowired CommunicationRights rights,
            @Autowired be.brussels.international.coordination.shared.PublicUrl publicUrl, @Autowired EditionMail mail,
            @Autowired be.brussels.international.coordination.staff.StaffDirectory staff,
            @Autowired jakarta.persistence.EntityManager entities, @Autowired java.time.Clock clock,
            @Autowired org.springframework.transaction.PlatformTransactionManager transactions) {
        // The same service as the application's, on a server where COORDINATION_MAIL_ENABLED is off.
        Editions mailOff = new Editions(repository, images, partners, sources, rights, jdbc, publicUrl, mail,
                new be.brussels.international.coordination.shared.OutgoingMail(new org.springframework.beans.factory
                        .support.StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), false, "x@y.be"),
                staff, entities, clock);
        long edition = approvedEdition();
        as("gclerckx");
        assertThat(mailOff.canSend()).isFalse();
        org.springframework.transaction.support.TransactionTemplate inTransaction =
                new org.springframework.transaction.support.TransactionTemplate(transactions);
        assertThatThrownBy(() -> inTransaction.executeWithoutResult(status -> mailOff.sendNow(edition,
                version(edition)))).hasFieldOrPropertyWithValue("messageKey", "edition.refused.mailOff");
        assertThatThrownBy(() -> inTransaction.executeWithoutResult(status -> mailOff.sendTest(edition)))
                .hasFieldOrPropertyWithValue("messageKey", "edition.refused.mailOff");
        assertThat(jdbc.queryForObject("select status from edition where id = ?", String.class, edition))
                .isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select count(*) from delivery where edition_id = ?", Integer.class, edition))
                .isZero();
    }

    @Test
    void imagesAreRecognisedByTheirBytesAndServedPubliclyUnderTheirHash() throws Exception {
        long edition = approvedEdition();
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        mvc.perform(multipart("/newsletter/editions/" + edition + "/images").file(new MockMultipartFile("file",
                "logo.png", "image/png", png)).with(csrf()).with(user(users.loadUserByUsername("jmverdin"))))
                .andExpect(flash().attribute("success", "edition.image.added"));
        mvc.perform(multipart("/newsletter/editions/" + edition + "/images").file(new MockMultipartFile("file",
                "page.png", "image/png", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).with(user(users.loadUserByUsername("jmverdin"))))
                .andExpect(flash().attribute("image", org.hamcrest.Matchers.notNullValue()));
        Map<String, Object> image = jdbc.queryForMap("select id, sha256 from edition_image where edition_id = ?",
                edition);
        String path = "/public/newsletter/images/" + image.get("id") + "-" + image.get("sha256").toString()
                .substring(0, 16) + ".png";
        mvc.perform(get(path)).andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/public/newsletter/images/" + image.get("id") + "-0000000000000000.png"))
                .andExpect(status().isNotFound());
    }

    /** An edition written waits for the coordinator's approval on their home page, until approved. */
    @Test
    void anEditionWrittenAwaitsTheCoordinatorsApprovalOnTheirHomePage() throws Exception {
        as("jmverdin");
        long id = editions.create(Audience.GLOBE, new LocalizedText("À approuver", "Goed te keuren", "To approve"))
                .getId();
        Document before = Html.parse(mvc.perform(get("/").with(user(users.loadUserByUsername("gclerckx")))));
        assertThat(before.select("#approval-summary")).as("no article yet: nothing to approve").isEmpty();
        as("jmverdin");
        editions.addArticle(id, version(id), new ArticleDetails(new LocalizedText("Titre", "Titel", "Title"),
                new LocalizedText("Texte", "Tekst", "Text"), null, null, null));

        Document waiting = Html.parse(mvc.perform(get("/").param("lang", "nl")
                .with(user(users.loadUserByUsername("gclerckx")))));
        assertThat(Html.text(waiting, "#approval-summary")).isEqualTo("1 editie van de Globe wacht op uw goedkeuring");
        assertThat(waiting.select("#editions-to-approve-link").attr("href")).isEqualTo("/newsletter/editions/" + id);
        assertThat(Html.parse(mvc.perform(get("/").with(user(users.loadUserByUsername("jmverdin")))))
                .select("#approval-summary")).as("the officer does not approve").isEmpty();

        as("gclerckx");
        editions.approve(id, version(id));
        assertThat(Html.parse(mvc.perform(get("/").with(user(users.loadUserByUsername("gclerckx")))))
                .select("#approval-summary")).isEmpty();
    }

    /** A draft has no number yet: its test message says none, and links to no copy online (it was « n° null »). */
    @Test
    void aDraftsMessageHasNoNumberNorLinkToItsCopyOnline() throws Exception {
        as("jmverdin");
        long id = editions.create(Audience.GLOBE, new LocalizedText("Brouillon", "Ontwerp", "Draft")).getId();
        editions.addArticle(id, version(id), new ArticleDetails(new LocalizedText("Titre", "Titel", "Title"),
                new LocalizedText("Texte", "Tekst", "Text"), null, null, null));

        String message = new String(editions.asMessage(id, List.of("nl")), StandardCharsets.UTF_8);

        assertThat(message).doesNotContain("null").doesNotContain("/archive/").doesNotContain("nr.");
        assertThat(message).contains("The Brussels globe");
    }

    /** A complete edition (three languages), approved by the coordinator; its id. */
    private long approvedEdition() {
        as("jmverdin");
        long id = editions.create(Audience.GLOBE, new LocalizedText("Le monde à Bruxelles", "De wereld in Brussel",
                "The world in Brussels")).getId();
        editions.addArticle(id, version(id), new ArticleDetails(
                new LocalizedText("Un nouveau partenariat", "Een nieuw partnerschap", "A new partnership"),
                new LocalizedText("Avec **Québec**. <script>alert(1)</script>", "Met **Québec**.",
                        "With **Québec**. <img src=x onerror=alert(1)>"), null, null, null));
        as("gclerckx");
        editions.approve(id, version(id));
        return id;
    }

    private long version(long edition) {
        return jdbc.queryForObject("select version from edition where id = ?", Long.class, edition);
    }

    private long subscriber(String email, String status, String languages, String lists) {
        return jdbc.queryForObject("""
                insert into subscriber (email, languages, status, consent_version, consented_at, confirmed_at,
                    unsubscribed_at, lists)
                values (?, ?, ?, 'test', now(), case when ? = 'CONFIRMED' then now() end,
                    case when ? = 'UNSUBSCRIBED' then now() end, ?) returning id""",
                Long.class, email, languages, status, status, status, lists);
    }

    private void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** The tests' SMTP server, with something done before each message. */
    private JavaMailSender delegate(java.util.function.Consumer<MimeMessage> before) {
        JavaMailSenderImpl real = (JavaMailSenderImpl) mailSender;
        return new JavaMailSenderImpl() {
            {
                setHost(real.getHost());
                setPort(real.getPort());
            }

            @Override
            public void send(MimeMessage message) throws MailException {
                before.accept(message);
                real.send(message);
            }
        };
    }

    private static Map<String, String> parts(MimeMessage message) throws Exception {
        Map<String, String> parts = new java.util.HashMap<>();
        collect(message.getContent(), parts);
        return parts;
    }

    private static void collect(Object content, Map<String, String> parts) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.getContent() instanceof Multipart) {
                    collect(part.getContent(), parts);
                }
                else {
                    parts.put(part.getContentType().replaceAll(";.*", "").strip().toLowerCase(), part.getContent()
                            .toString());
                }
            }
        }
    }
}
