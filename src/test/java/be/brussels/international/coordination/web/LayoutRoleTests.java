package be.brussels.international.coordination.web;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the header and a person's page offer depends on who reads them (decided once per page). */
@IntegrationTest
class LayoutRoleTests {

    @Autowired
    MockMvc mvc;

    @Test
    @WithUserDetails("gclerckx")
    void theCoordinatorSeesTheWorkloadAndCanReassignFromAPersonsPage() throws Exception {
        Document page = Html.parse(mvc.perform(get("/staff/pgerard")).andExpect(status().isOk()));

        assertThat(page.select("header a[href=/workload]")).hasSize(1);
        assertThat(page.select("header form.header-search")).hasSize(1);
        assertThat(page.select("a[href^=/dossiers/][href*=reassign?holder=pgerard]")).isNotEmpty();
    }

    @Test
    @WithUserDetails("pgerard")
    void otherStaffSeeNeither() throws Exception {
        Document page = Html.parse(mvc.perform(get("/staff/pgerard")).andExpect(status().isOk()));

        assertThat(page.select("header a[href=/workload]")).isEmpty();
        assertThat(page.select("header form.header-search")).hasSize(1);
        assertThat(page.select("a[href*=reassign]")).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void theLoginPageHasNoNavigationNorSearch() throws Exception {
        Document page = Html.parse(mvc.perform(get("/login")).andExpect(status().isOk()));

        assertThat(page.select("header a.nav-link:not([hreflang])")).isEmpty();
        assertThat(page.select("header form.header-search")).isEmpty();
        assertThat(page.select("header .language-switch a")).hasSize(3);
    }
}
