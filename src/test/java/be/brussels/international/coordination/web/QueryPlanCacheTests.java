package be.brussels.international.coordination.web;

import java.util.regex.Pattern;

import be.brussels.international.coordination.IntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.QueryStatistics;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The main pages' Hibernate queries are translated to SQL once and then reused. Hibernate 7 keeps no
 * translation of a query with a list parameter ({@code p.id in :ids}) or with a parameter as the last argument
 * of a function (HQL lets it be a list too), and translates those again on every execution: measured, a tenth of
 * the home page's time. Such a query shows here as an execution that did not come from the query plan cache.
 */
@IntegrationTest
@Transactional
class QueryPlanCacheTests {

    /**
     * An HQL query names an entity after from. Not checked: native SQL (tables, in lower case) and the partners
     * list's criteria query (a Spring Data specification; Hibernate keeps no translation of criteria queries
     * unless asked, and not when a criteria's values are bound as parameters: not measured as worth it).
     */
    private static final Pattern HQL = Pattern.compile("\\b(from|FROM) [A-Z]");

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
            "/, fvandernoot, STAFF",
            "/, gclerckx, COORDINATOR",
            "/, wvanwaeyenberge, PROTOCOL",
            "/partners, fvandernoot, STAFF",
            "/partners?continent=EUROPE&q=bru, fvandernoot, STAFF",
            "/partners/quebec, fvandernoot, STAFF",
            "/staff, fvandernoot, STAFF",
            "/staff/fvandernoot, fvandernoot, STAFF",
            "/visits, fvandernoot, STAFF",
            "VISIT, fvandernoot, STAFF",
            "/agreements, fvandernoot, STAFF",
            "/events, fvandernoot, STAFF",
            "/calendar, fvandernoot, STAFF",
            "/workload, gclerckx, COORDINATOR"})
    void everyQueryOfAMainPageIsTranslatedOnce(String page, String username, String role) throws Exception {
        // Visits coming to Québec (fvandernoot's), so that the home page and the lists show some.
        long visit = jdbc.queryForObject("""
                insert into delegation_visit (direction, kind, partner_id, title, starts_on, ends_on, logged_by)
                values ('INCOMING', 'WORKING', (select id from partner where slug = 'quebec'), 'Mission', current_date + 3,
                        current_date + 4, 'test') returning id""", Long.class);
        String url = "VISIT".equals(page) ? "/visits/" + visit : page;
        mvc.perform(get(url).with(user(username).roles(role))).andExpect(status().isOk());
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        mvc.perform(get(url).with(user(username).roles(role))).andExpect(status().isOk());

        assertThat(statistics.getQueryExecutionCount()).as("Hibernate queries of %s", url).isPositive();
        for (String query : statistics.getQueries()) {
            QueryStatistics executions = statistics.getQueryStatistics(query);
            if (!HQL.matcher(query).find()) {
                continue;
            }
            // Each execution of a kept translation is counted twice as a hit: the HQL text's interpretation, and
            // its SQL. A query translated again only has the first.
            assertThat(executions.getPlanCacheHitCount()).as("plan cache hits of %s on %s", query, url)
                    .isEqualTo(2 * executions.getExecutionCount());
        }
    }
}
