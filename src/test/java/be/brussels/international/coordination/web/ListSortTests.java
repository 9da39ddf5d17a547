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
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sortable lists: every sortable column both ways, its header telling the order, odd values ignored. */
@IntegrationTest
@WithUserDetails("pgerard")
class ListSortTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource({"/partners, name", "/partners, kind", "/partners, country", "/agreements, partner",
        "/agreements, title", "/agreements, status", "/agreements, expires", "/events, dates", "/events, title",
        "/events, kind", "/events, status", "/visits, dates", "/visits, title", "/visits, partner", "/visits, status"})
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

    @Test
    void anUnknownColumnOrDirectionKeepsTheNaturalOrder() throws Exception {
        List<String> natural = names("/partners?size=100");

        for (String odd : List.of("nonsense", "name;drop table partner", "kind,sideways", "", ",desc", "%00")) {
            assertThat(names("/partners?size=100&sort=" + odd.replace(";", "%3B").replace(" ", "%20")))
                    .as("sort=%s", odd).hasSameSizeAs(natural);
        }
    }

    private List<String> names(String url) throws Exception {
        return Html.texts(Html.parse(mvc.perform(get(url)).andExpect(status().isOk())), "table tbody th a");
    }
}
