package be.brussels.international.coordination.agreement;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The agreements of the reference data name the partner as French does, with its article (V37), and their
 * history says when the title changed and from what.
 */
@IntegrationTest
@WithUserDetails("fvandernoot")
class ReferenceAgreementTitlesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "luxembourg|et le Grand-Duché de Luxembourg", "aichi|et la Préfecture d’Aichi",
            "ile-de-france|et l’Île-de-France", "kinshasa|et la Ville-Province de Kinshasa", "berlin|et Berlin",
            "havana|et La Havane" })
    void theFrenchTitleNamesThePartnerWithItsArticle(String partner, String ending) throws Exception {
        long id = jdbc.queryForObject("""
                select min(a.id) from agreement a join partner p on p.id = a.partner_id
                where p.slug = ? and a.title_fr like 'Accord de coopération entre la Région de Bruxelles-Capitale%'""",
                Long.class, partner);

        assertThat(jdbc.queryForObject("select title_fr from agreement where id = ?", String.class, id))
                .isEqualTo("Accord de coopération entre la Région de Bruxelles-Capitale " + ending);
        assertThat(Html.parse(mvc.perform(get("/agreements/" + id))).select("h1").text()).endsWith(ending);
        if (!ending.equals("et Berlin") && !ending.equals("et La Havane")) {
            assertThat(Html.parse(mvc.perform(get("/agreements/" + id + "/history"))).text())
                    .contains("Bruxelles-Capitale " + ending.replaceFirst("^et (le |la |l’)", "et "), ending);
        }
    }
}
