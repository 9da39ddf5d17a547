package be.brussels.international.coordination.web;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A field a form must have is marked so, on its label and for the browser, from the form's own constraints (a new
 * user only learnt it when the form came back refused); a field it may leave empty is not.
 */
@IntegrationTest
@WithUserDetails("gclerckx")
class RequiredFieldsTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource({ "/visits/new, title startsOn endsOn, headName purpose",
            "/events/new, titleFr titleNl titleEn startsOn endsOn, city notes",
            "/calls/new, titleFr year opensOn deadlineOn budget, theme",
            "/staff/new, username firstName lastName titleFr, email",
            "/dossiers/new, titleFr titleNl titleEn, ''" })
    void requiredFieldsAreMarkedAndOthersAreNot(String form, String required, String optional) throws Exception {
        Document page = Html.parse(mvc.perform(get(form)).andExpect(status().isOk()));

        for (String field : required.split(" ")) {
            assertThat(page.select("label.required[for=" + field + "]")).as(form + " " + field).hasSize(1);
            assertThat(page.select("#" + field + "[required]")).as(form + " " + field).hasSize(1);
        }
        for (String field : optional.isEmpty() ? new String[0] : optional.split(" ")) {
            assertThat(page.select("label[for=" + field + "]")).as(form + " " + field).hasSize(1);
            assertThat(page.select("label.required[for=" + field + "]")).as(form + " " + field).isEmpty();
            assertThat(page.select("#" + field + "[required]")).as(form + " " + field).isEmpty();
        }
    }

    /**
     * Every field a form, sent empty, says is « required » was marked so beforehand: the class of mistake where a
     * rule checked in the controller (a partner's name in addresses) left its label unmarked.
     */
    @ParameterizedTest
    @CsvSource({ "/partners/new", "/visits/new", "/events/new", "/calls/new", "/staff/new", "/dossiers/new",
            "/agreements/new", "/account/password" })
    void everyFieldRefusedAsMissingWasMarkedRequired(String address) throws Exception {
        Document empty = Html.parse(mvc.perform(get(address)).andExpect(status().isOk()));
        org.jsoup.nodes.Element form = empty.select("main form[method=post]").stream()
                .max(java.util.Comparator.comparingInt(candidate -> candidate.select("input, select, textarea").size()))
                .orElseThrow();
        Document refused = Html.parse(mvc.perform(post(form.attr("action")).with(csrf())));

        java.util.List<String> missing = refused.select(".invalid-feedback[id$=-error]").stream()
                .filter(error -> error.text().equals("Ce champ est obligatoire."))
                .map(error -> error.id().substring(0, error.id().length() - "-error".length())).toList();
        assertThat(missing).as(address + " refuses some field as missing").isNotEmpty();
        for (String field : missing) {
            assertThat(empty.select("label.required[for=" + field + "]")).as(address + " " + field).hasSize(1);
        }
    }
}
