package be.brussels.international.coordination.portfolio.web;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A partner's timeline merges notes, visits, agreement events and dossier decisions by date. Rolled back. */
@IntegrationTest
@Transactional
@WithUserDetails("pgerard")
class TimelineTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTimelineMergesEverythingNewestFirst() throws Exception {
        jdbc.update("""
                insert into partner_note (partner_id, kind, occurred_on, summary, author)
                select id, 'MEETING', date '2026-10-05', 'Réunion avec la Ville de Sofia', 'pgerard'
                from partner where slug = 'sofia'""");
        jdbc.update("""
                insert into delegation_visit (direction, kind, partner_id, title, starts_on, ends_on, logged_by)
                select 'INCOMING', 'OFFICIAL', id, 'Visite du maire de Sofia', date '2026-11-10', date '2026-11-11',
                       'wvanwaeyenberge' from partner where slug = 'sofia'""");
        jdbc.update("""
                insert into agreement_event (agreement_id, kind, occurred_on, note, recorded_by)
                select a.id, 'AMENDED', date '2026-09-01', 'Avenant culturel', 'pgerard'
                from agreement a join partner p on p.id = a.partner_id where p.slug = 'sofia'""");
        jdbc.update("""
                insert into reassignment (dossier_id, kind, effective_on, reason, decided_by)
                select id, 'ADD', date '2026-12-01', 'Renfort', 'gclerckx' from dossier where code = 'sofia'""");

        Document page = Html.parse(mvc.perform(get("/partners/sofia/timeline")).andExpect(status().isOk()));
        assertThat(Html.texts(page, "#timeline > li > strong")).containsExactly("1er déc. 2026", "10 nov. 2026",
                "5 oct. 2026", "1er sept. 2026", "date inconnue");
        assertThat(Html.texts(page, "#timeline > li")).anyMatch(t -> t.contains("Visite du maire de Sofia"))
                .anyMatch(t -> t.contains("Réunion avec la Ville de Sofia"))
                .anyMatch(t -> t.contains("Modifié par avenant") && t.contains("Avenant culturel"))
                .anyMatch(t -> t.contains("Ajouter un cotitulaire") && t.contains("Renfort"));

        Document second = Html.parse(mvc.perform(get("/partners/sofia/timeline?size=2&page=1")));
        assertThat(Html.texts(second, "#timeline > li > strong")).containsExactly("5 oct. 2026", "1er sept. 2026");
        mvc.perform(get("/partners/atlantis/timeline")).andExpect(status().isNotFound());
    }
}
