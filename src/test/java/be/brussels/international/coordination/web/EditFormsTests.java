package be.brussels.international.coordination.web;

import java.util.List;

import be.brussels.international.coordination.Forms;
import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An edit form sent back as it was shown changes nothing: every column of the record is what it was (its
 * version aside). Editing an agreement through its form once erased its base agreement, which the form did
 * not show. Each test is rolled back.
 */
@IntegrationTest
@Transactional
@WithUserDetails("gclerckx")
class EditFormsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void anAmendmentKeepsItsBaseAgreementAndEveryOtherField() throws Exception {
        long base = jdbc.queryForObject("""
                select a.id from agreement a join partner p on p.id = a.partner_id where p.slug = 'quebec'
                order by a.id limit 1""", Long.class);
        long amendment = jdbc.queryForObject("""
                insert into agreement (partner_id, parent_id, kind, title_fr, title_nl, title_en, signatories,
                        signed_on, signed_at, in_force_on, expires_on, tacit_renewal, renewal_months, notice_months,
                        review_on, themes, notes, status)
                select partner_id, id, 'AMENDMENT', 'Avenant', 'Aanhangsel', 'Amendment', 'Les ministres',
                       date '2020-01-10', 'Québec', date '2020-02-01', date '2030-02-01', true, 24, 6,
                       date '2027-06-01', 'Culture', 'Notes', 'IN_FORCE'
                from agreement where id = ? returning id""", Long.class, base);
        assertSentBackUnchanged("/agreements/" + amendment + "/edit", "agreement", amendment);
    }

    @Test
    void aVisitKeepsEveryField() throws Exception {
        long visit = jdbc.queryForObject("""
                insert into delegation_visit (direction, kind, partner_id, title, purpose, starts_on, ends_on,
                        head_name, head_function, head_level, delegation_size, hosts, logged_by, status, outcomes,
                        next_steps, thank_you_sent)
                select 'INCOMING', 'OFFICIAL', id, 'Visite', 'Objet', date '2026-05-10', date '2026-05-12', 'Cheffe',
                       'Ministre', 'MINISTER', 5, 'Hôtes', 'wvanwaeyenberge', 'CONFIRMED', 'Résultats', 'Suites', true
                from partner where slug = 'quebec' returning id""", Long.class);
        assertSentBackUnchanged("/visits/" + visit + "/edit", "delegation_visit", visit);
    }

    @Test
    void anEventKeepsEveryField() throws Exception {
        long event = jdbc.queryForObject("""
                insert into large_event (kind, title_fr, title_nl, title_en, starts_on, ends_on, city, country_code,
                        status, notes)
                values ('COLLOQUIUM', 'Colloque', 'Colloquium', 'Colloquium', date '2027-03-01', date '2027-03-02',
                        'Québec', 'CA', 'CONFIRMED', 'Notes') returning id""", Long.class);
        jdbc.update("insert into large_event_partner (event_id, partner_id) select ?, id from partner where slug = 'quebec'",
                event);
        assertSentBackUnchanged("/events/" + event + "/edit", "large_event", event);
    }

    @Test
    void aTwoAgreementCycleIsRefused() throws Exception {
        List<Long> ids = jdbc.queryForList("""
                select a.id from agreement a join partner p on p.id = a.partner_id where p.slug = 'quebec'""",
                Long.class);
        long first = ids.get(0);
        long second = jdbc.queryForObject("""
                insert into agreement (partner_id, parent_id, kind, title_fr, title_nl, title_en, status)
                select partner_id, id, 'AMENDMENT', 'Avenant', 'Aanhangsel', 'Amendment', 'IN_NEGOTIATION'
                from agreement where id = ? returning id""", Long.class, first);
        Document form = Html.parse(mvc.perform(get("/agreements/" + first + "/edit")));
        assertThat(form.select("#parentId option").eachAttr("value")).contains(String.valueOf(second));
        MockHttpServletRequestBuilder request = asShown(form, "/agreements/" + first, "parentId")
                .param("parentId", String.valueOf(second)).param("lang", "en");
        Document refused = Html.parse(mvc.perform(request).andExpect(status().isOk()));
        assertThat(Html.text(refused, "#form-errors")).contains(
                "This agreement cannot have one of its own amendments as its base agreement.");
        assertThat(jdbc.queryForObject("select parent_id from agreement where id = ?", Long.class, first)).isNull();
    }

    private void assertSentBackUnchanged(String editUrl, String table, long id) throws Exception {
        String before = row(table, id);
        Document page = Html.parse(mvc.perform(get(editUrl)).andExpect(status().isOk()));
        String action = editUrl.replace("/edit", "");
        var answer = mvc.perform(asShown(page, action)).andReturn().getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(302);
        entityManager.flush();
        assertThat(row(table, id)).as(table).isEqualTo(before);
    }

    /**
     * The form posting to {@code action}, with every value it shows, as a browser would send it (but the
     * fields named in {@code left}).
     */
    private static MockHttpServletRequestBuilder asShown(Document page, String action, String... left) {
        Element form = page.selectFirst("form[method=post][action=\"" + action + "\"]");
        assertThat(form).as("a form posting to " + action).isNotNull();
        MockHttpServletRequestBuilder request = post(action).with(csrf());
        Forms.asShown(form).forEach((name, values) -> {
            if (!List.of(left).contains(name)) {
                values.forEach(value -> request.param(name, value));
            }
        });
        return request;
    }

    /** Every column of the row but its version, and the event's partners and staff. */
    private String row(String table, long id) {
        entityManager.flush();
        String extra = table.equals("large_event")
                ? " || (select coalesce(string_agg(partner_id::text, ',' order by partner_id), '')"
                        + " from large_event_partner where event_id = t.id)"
                : "";
        return jdbc.queryForObject("select (to_jsonb(t) - 'version')::text" + extra + " from " + table
                + " t where id = ?", String.class, id);
    }
}
