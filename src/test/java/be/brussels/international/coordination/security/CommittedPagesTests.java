package be.brussels.international.coordination.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import be.brussels.international.coordination.IntegrationTest;
import be.brussels.international.coordination.security.RouteRoleMatrixTests.Line;
import be.brussels.international.coordination.security.RouteRoleMatrixTests.Outcome;
import be.brussels.international.coordination.security.RouteRoleMatrixTests.Who;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page of {@link RouteRoleMatrixTests#MATRIX}, read as a browser reads it: outside any test transaction,
 * on committed records of every kind. The other tests run each request inside a transaction, which keeps
 * Hibernate's session open while the template renders and hides a template that reads a lazy association
 * after the service's transaction has ended (the list of calls answered HTTP 500 that way, unseen).
 */
@IntegrationTest
class CommittedPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlatformTransactionManager transactions;

    Map<String, Object> fixtures;

    @BeforeEach
    void commitRecordsOfEveryKind() {
        fixtures = new TransactionTemplate(transactions).execute(status -> new Fixtures(jdbc).create("committed-pages"));
    }

    @AfterEach
    void removeThem() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update("update user_account set calendar_token = null where calendar_token = 'committed-pages'");
            jdbc.update("delete from project_report where application_id = ?", fixtures.get("project"));
            jdbc.update("delete from project_payment where application_id = ?", fixtures.get("project"));
            jdbc.update("delete from project_application where call_id = ?", fixtures.get("call"));
            jdbc.update("delete from call_for_projects where id = ?", fixtures.get("call"));
            jdbc.update("delete from large_event where id = ?", fixtures.get("event"));
            jdbc.update("delete from partner_contact where id in (?, ?)", fixtures.get("contactQuebec"),
                    fixtures.get("contactTokyo"));
            jdbc.update("delete from partner_note where id in (?, ?)", fixtures.get("noteQuebec"),
                    fixtures.get("noteByOther"));
            jdbc.update("delete from agreement_document_content where document_id = ?", fixtures.get("document"));
            jdbc.update("delete from agreement_document where id = ?", fixtures.get("document"));
            jdbc.update("delete from agreement_event where agreement_id in (?, ?)", fixtures.get("agreementQuebec"),
                    fixtures.get("agreementTokyo"));
            jdbc.update("delete from agreement where id in (?, ?)", fixtures.get("agreementQuebec"),
                    fixtures.get("agreementTokyo"));
            jdbc.update("delete from visit_interpreter where visit_id = ?", fixtures.get("visit"));
            jdbc.update("delete from visit_gift where visit_id = ?", fixtures.get("visit"));
            jdbc.update("delete from programme_item where visit_id = ?", fixtures.get("visit"));
            jdbc.update("delete from visit_member where visit_id = ?", fixtures.get("visit"));
            jdbc.update("delete from delegation_visit where id = ?", fixtures.get("visit"));
        });
    }

    @Test
    void everyPageRendersOutsideATestTransaction() throws Exception {
        List<String> failed = new ArrayList<>();
        int read = 0;
        for (Line line : RouteRoleMatrixTests.lines()) {
            if (line.method() != HttpMethod.GET || line.url().equals("/error")) {
                continue;
            }
            for (Who who : List.of(Who.STAFF, Who.ADMIN)) {
                if (line.expected().get(who) != Outcome.OK) {
                    continue;
                }
                String url = RouteRoleMatrixTests.fill(line.url(), fixtures);
                // Every language for one reader (names are resolved per language), French for the other.
                for (String lang : who == Who.ADMIN ? List.of("fr", "nl", "en") : List.of("fr")) {
                    read++;
                    try {
                        MvcResult result = mvc.perform(get(url).param("lang", lang)
                                .with(user(users.loadUserByUsername(who.username)))).andReturn();
                        if (result.getResponse().getStatus() >= 500) {
                            failed.add(url + " as " + who + " in " + lang + " -> " + result.getResponse().getStatus()
                                    + " " + result.getResolvedException());
                        }
                    }
                    catch (Exception e) {
                        failed.add(url + " as " + who + " in " + lang + " -> " + e);
                    }
                }
            }
        }
        assertThat(failed).as("pages failing outside a test transaction").isEmpty();
        assertThat(read).as("pages read").isGreaterThan(100);
    }
}
