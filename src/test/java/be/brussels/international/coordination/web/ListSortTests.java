package be.brussels.international.coordination.web;

import java.util.ArrayList;
import java.util.List;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sortable lists: every sortable column both ways, its header telling the order, odd values ignored. */
@IntegrationTest
@WithUserDetails("pgerard")
class ListSortTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @CsvSource({"/partners, name", "/partners, kind", "/partners, country", "/agreements, partner",
        "/agreements, title", "/agreements, status", "/agreements, expires", "/events, dates", "/events, title",
        "/events, kind", "/events, status", "/visits, dates", "/visits, title", "/visits, partner", "/visits, status", "/staff, name", "/staff, title",
        "/staff, dossiers", "/gifts, dates", "/gifts, visit", "/gifts, direction", "/gifts, value", "/calls, year",
        "/calls, title", "/calls, deadline", "/calls, budget", "/calls, status"})
    void everySortableColumnSortsBothWays(String list, String column) throws Exception {
        for (String direction : List.of("", ",desc")) {
            Document page = Html.parse(mvc.perform(get(list + "?sort=" + column + direction).param("lang", "en"))
                    .andExpect(status().isOk()));
            if (!page.select("table").isEmpty()) {
                assertThat(page.select("th[aria-sort=" + (direction.isEmpty() ? "ascending" : "descending") + "]"))
                        .hasSize(1);
            }
        }
    }

    @Test
    void partnersSortByNameInTheReadersLanguageEitherWay() throws Exception {
        List<String> ascending = names("/partners?sort=name&size=100&lang=nl");
        List<String> descending = names("/partners?sort=name,desc&size=100&lang=nl");

        assertThat(ascending).hasSizeGreaterThan(20).contains("Peking");
        List<String> reversed = new ArrayList<>(descending);
        java.util.Collections.reverse(reversed);
        assertThat(reversed).isEqualTo(ascending);
        assertThat(ascending.indexOf("Peking")).isGreaterThan(ascending.indexOf("Moskou"));
    }

    /**
     * A page beyond what the database can page to is not found (it was a 500); one merely past the last sends to the
     * last (it was an empty page saying nothing matched the filters).
     */
    @ParameterizedTest
    @CsvSource({"/partners", "/events", "/agreements", "/calls", "/staff", "/gifts", "/visits", "/staff/fvandernoot/history",
        "/partners/quebec/timeline"})
    void aPageBeyondReachIsNotFound(String list) throws Exception {
        for (String page : List.of("100000000", "2147483647", "99999999999999999999999")) {
            mvc.perform(get(list).param("page", page)).andExpect(status().isNotFound());
            mvc.perform(get(list).param("page", page).param("size", "100")).andExpect(status().isNotFound());
        }
        // Merely past the last page: the list's last page (or the empty list, when it has no row).
        MvcResult past = mvc.perform(get(list + "?page=21474836&size=100")).andReturn();
        assertThat(past.getResponse().getStatus()).as(list).isIn(200, 302);
        if (past.getResponse().getStatus() == 302) {
            assertThat(past.getResponse().getRedirectedUrl()).as(list).contains("page=0").contains("size=100");
        }
        mvc.perform(get(list).param("page", "-5")).andExpect(status().isOk());
        mvc.perform(get(list).param("page", "abc")).andExpect(status().isOk());
    }

    @Test
    void anUnknownColumnOrDirectionKeepsTheNaturalOrder() throws Exception {
        List<String> natural = names("/partners?size=100");

        for (String odd : List.of("nonsense", "name;drop table partner", "kind,sideways", "", ",desc", "%00")) {
            assertThat(names("/partners?size=100&sort=" + odd.replace(";", "%3B").replace(" ", "%20")))
                    .as("sort=%s", odd).hasSameSizeAs(natural);
        }
    }

    /**
     * Filters and forms are what the address and the form say: a request header of a filter's name is no filter
     * (Spring binds headers too; the page cache, keyed by the address, then served the filtered list for it).
     */
    @ParameterizedTest
    @CsvSource({"/partners?size=100, continent, ASIA", "/visits?size=100, status, CANCELLED",
        "/events?size=100, kind, COLLOQUIUM", "/agreements?size=100, status, SIGNED"})
    void aRequestHeaderIsNoFilter(String list, String header, String value) throws Exception {
        List<String> all = Html.texts(Html.parse(mvc.perform(get(list)).andExpect(status().isOk())), "main");
        List<String> withHeader = Html.texts(Html.parse(mvc.perform(get(list).header(header, value))
                .andExpect(status().isOk())), "main");
        List<String> filtered = Html.texts(Html.parse(mvc.perform(get(list + "&" + header + "=" + value))
                .andExpect(status().isOk())), "main");

        assertThat(filtered).as("the filter itself").isNotEqualTo(all);
        assertThat(withHeader).isEqualTo(all);
    }

    @ParameterizedTest
    @CsvSource({"name", "BILATERAL", "DEVELOPMENT_COOPERATION", "THEMATIC", "total"})
    @WithUserDetails("gclerckx")
    void theWorkloadSortsByEveryColumnBothWays(String column) throws Exception {
        everySortableColumnSortsBothWays("/workload", column);
    }

    @Test
    void staffSortByTheDossiersEachHoldsEitherWayWithTheSamePeople() throws Exception {
        Document fewest = Html.parse(mvc.perform(get("/staff?sort=dossiers&size=100")).andExpect(status().isOk()));
        Document most = Html.parse(mvc.perform(get("/staff?sort=dossiers,desc&size=100")).andExpect(status().isOk()));

        List<Long> ascending = numbers(fewest, "table tbody td.text-end");
        assertThat(ascending).hasSize(staffCount()).isSorted();
        List<Long> descending = numbers(most, "table tbody td.text-end");
        assertThat(descending).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(descending.get(0)).isGreaterThan(ascending.get(0));
        assertThat(Html.texts(most, "table tbody th a"))
                .containsExactlyInAnyOrderElementsOf(Html.texts(fewest, "table tbody th a"));
    }

    @Test
    void staffSortByTitleInTheReadersLanguage() throws Exception {
        Document page = Html.parse(mvc.perform(get("/staff?sort=title&size=100&lang=en")).andExpect(status().isOk()));

        List<String> titles = Html.texts(page, "table tbody td:nth-of-type(1)");
        assertThat(titles).hasSize(staffCount()).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    @WithUserDetails("gclerckx")
    void theWorkloadSortsByTotalMostFirst() throws Exception {
        Document page = Html.parse(mvc.perform(get("/workload?sort=total,desc")).andExpect(status().isOk()));

        List<Long> totals = numbers(page, "section[aria-labelledby=people] tbody td.fw-semibold");
        assertThat(totals).hasSize(jdbc.queryForObject("select count(*) from staff_member where left_on is null",
                Integer.class)).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(totals.get(0)).isGreaterThan(totals.get(totals.size() - 1));
    }

    @Test
    @Transactional
    void giftsSortByValueAndCallsByBudget() throws Exception {
        long visit = jdbc.queryForObject("""
                insert into delegation_visit (direction, kind, partner_id, title, starts_on, ends_on, logged_by, status)
                values ('INCOMING', 'WORKING', (select id from partner where slug = 'quebec'), 'Mission', date '2027-05-10',
                        date '2027-05-11', 'pgerard', 'CONFIRMED') returning id""", Long.class);
        for (String value : List.of("120.00", "35.50", "900.00")) {
            jdbc.update("insert into visit_gift (visit_id, direction, description, estimated_value) values (?, 'RECEIVED', ?, ?)",
                    visit, "Cadeau " + value, new java.math.BigDecimal(value));
        }
        for (String budget : List.of("50000", "250000", "10000")) {
            jdbc.update("""
                    insert into call_for_projects (title_fr, title_nl, title_en, year, opens_on, deadline_on, budget, status)
                    values (?, ?, ?, 2027, date '2027-01-01', date '2027-03-01', ?, 'DRAFT')""",
                    "Appel " + budget, "Oproep " + budget, "Call " + budget, new java.math.BigDecimal(budget));
        }

        assertThat(Html.texts(Html.parse(mvc.perform(get("/gifts?year=2027&sort=value,desc"))), "#gift-register tbody th"))
                .containsExactly("Cadeau 900.00", "Cadeau 120.00", "Cadeau 35.50");
        assertThat(Html.texts(Html.parse(mvc.perform(get("/gifts?year=2027&sort=value"))), "#gift-register tbody th"))
                .containsExactly("Cadeau 35.50", "Cadeau 120.00", "Cadeau 900.00");
        assertThat(Html.texts(Html.parse(mvc.perform(get("/calls?sort=budget&lang=en"))), "#call-list tbody th a"))
                .containsSubsequence("Call 10000", "Call 50000", "Call 250000");
        assertThat(Html.texts(Html.parse(mvc.perform(get("/calls?sort=title,desc&lang=nl"))), "#call-list tbody th a"))
                .containsSubsequence("Oproep 50000", "Oproep 250000", "Oproep 10000");
    }

    private int staffCount() {
        return jdbc.queryForObject("select count(*) from staff_member", Integer.class);
    }

    private static List<Long> numbers(Document page, String selector) {
        return Html.texts(page, selector).stream().map(Long::valueOf).toList();
    }

    private List<String> names(String url) throws Exception {
        return Html.texts(Html.parse(mvc.perform(get(url)).andExpect(status().isOk())), "table tbody th a");
    }
}
