package be.brussels.international.coordination.staff;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.Refusals;
import be.brussels.international.coordination.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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
                .andExpect(redirectedUrl("/staff/pgerard#notifications"))
                .andExpect(flash().attribute("success", "staff.email.saved"));
        assertThat(email("pgerard")).isEqualTo("pierre@example.org");
    }

    @Test
    void anInvalidAddressIsRefusedAndKeptInTheForm() throws Exception {
        // A space of any kind, as PostgreSQL's check sees it (U+3000 is one): refused by the form, never a 500.
        MvcResult spaced = mvc.perform(post("/staff/pgerard/email").param("email", "pierre\u3000gerard@example.org")
                .with(csrf())).andExpect(flash().attribute("failure", "form.refused")).andReturn();
        assertThat(Refusals.fieldErrors(spaced, "emailForm")).containsEntry("email", "Pattern");
        MvcResult refused = mvc.perform(post("/staff/pgerard/email").param("email", "not an address").with(csrf()))
                .andExpect(flash().attribute("failure", "form.refused")).andReturn();
        Document page = Refusals.pageAfter(mvc, refused);
        assertThat(page.selectFirst("#email").val()).isEqualTo("not an address");
        assertThat(Html.text(page, "#email-error")).isEqualTo("Cette adresse e-mail n’est pas valide.");
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
