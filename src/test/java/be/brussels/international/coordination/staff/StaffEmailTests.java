package be.brussels.international.coordination.staff;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
@WithUserDetails("pgerard")
class StaffEmailTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager entityManager;

    @Test
    void aPersonSetsTheirOwnAddress() throws Exception {
        assertThat(Html.parse(mvc.perform(get("/staff/pgerard"))).select("#email")).hasSize(1);
        mvc.perform(post("/staff/pgerard/email").param("email", " pierre@example.org ").with(csrf()))
                .andExpect(redirectedUrl("/staff/pgerard")).andExpect(flash().attribute("success", "staff.email.saved"));
        assertThat(email("pgerard")).isEqualTo("pierre@example.org");
    }

    @Test
    void anInvalidAddressIsRefusedAndKeptInTheForm() throws Exception {
        // A space of any kind, as PostgreSQL's check sees it (U+3000 is one): refused by the form, never a 500.
        mvc.perform(post("/staff/pgerard/email").param("email", "pierre\u3000gerard@example.org").with(csrf()))
                .andExpect(flash().attribute("failure", "staff.email.invalid"));
        mvc.perform(post("/staff/pgerard/email").param("email", "not an address").with(csrf()))
                .andExpect(flash().attribute("failure", "staff.email.invalid"))
                .andExpect(flash().attribute("typedEmail", "not an address"));
        assertThat(email("pgerard")).isNull();
    }

    @Test
    void nobodyChangesSomeoneElsesAddress() throws Exception {
        Document other = Html.parse(mvc.perform(get("/staff/fvandernoot")));
        assertThat(other.select("#email")).isEmpty();
        mvc.perform(post("/staff/fvandernoot/email").param("email", "x@example.org").with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(email("fvandernoot")).isNull();
    }

    private String email(String username) {
        entityManager.flush();
        return jdbc.queryForObject("select email from staff_member where username = ?", String.class, username);
    }
}
