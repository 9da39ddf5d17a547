package be.brussels.international.coordination.cooperation;

import be.brussels.international.coordination.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list of calls outside any test transaction, as a browser sees it: the other tests run in a transaction
 * that keeps Hibernate's session open while the page renders, and hid that the list read each call's
 * applications after its own transaction had ended (an HTTP 500 as soon as one call existed).
 */
@IntegrationTest
@WithUserDetails("fvandernoot")
class CallListCommittedTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheCall() {
        jdbc.update("delete from project_application where call_id in (select id from call_for_projects where title_fr = 'Appel test')");
        jdbc.update("delete from call_for_projects where title_fr = 'Appel test'");
    }

    @Test
    void theListShowsWhatEachCallHasCommitted() throws Exception {
        long call = jdbc.queryForObject("""
                insert into call_for_projects (title_fr, title_nl, title_en, year, opens_on, deadline_on, budget, status)
                values ('Appel test', 'Oproep test', 'Test call', 2099, date '2099-01-01', date '2099-03-01', 1000, 'OPEN')
                returning id""", Long.class);
        jdbc.update("""
                insert into project_application (call_id, partner_id, applicant, title, requested, granted, status)
                values (?, (select id from partner where slug = 'kinshasa'), 'ONG', 'Projet', 400, 250, 'GRANTED')""",
                call);

        String html = mvc.perform(get("/calls?lang=en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(Jsoup.parse(html).select("tr:contains(Test call)").text()).contains("25 %");
    }
}
