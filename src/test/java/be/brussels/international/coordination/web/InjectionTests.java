package be.brussels.international.coordination.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * SQL metacharacters and Unicode oddities in every filter, sort, paging and search parameter of every list:
 * never a server error, and what is matched is what was asked — a quote is a quote, {@code %} and {@code _}
 * are characters, a partner that does not exist matches nothing rather than everything.
 */
@IntegrationTest
@WithUserDetails("gclerckx")
class InjectionTests {

    static final List<String> NASTY = List.of(
            "'", "''", "\"", "\\", "%", "_", "%_%", "*", "?", ";", "--", "/*", "*/",
            "' OR '1'='1", "' OR 1=1 --", "1' AND SLEEP(5) --", "1; DROP TABLE partner; --",
            "') UNION SELECT username, password FROM user_account --", "$1", ":name", "?1", "{0}",
            "\u0000", "a\u0000b", "\u202Eevil", "e\u0301", "\uFF51\uFF55\uFF45\uFF42\uFF45\uFF43", "\uD83D\uDE00",
            "\uFFFD", "\uD800", " ", "\t\n", "-1", "0", "2147483648", "99999999999999999999", "1e309", "NaN",
            "null", "undefined", "true", "[]", "{}", "../../etc/passwd", "%00", "%27", "x".repeat(5000));

    /** Each list with the parameters it reads (filters, sorting, paging). */
    static final List<String[]> LISTS = List.of(
            new String[] { "/partners", "q", "continent", "holder", "relation", "state", "sort", "page", "size" },
            new String[] { "/newsletter/subscribers", "q", "status", "language", "sort", "page", "size" },
            new String[] { "/staff", "page", "size", "sort" },
            new String[] { "/visits", "status", "partner", "year", "direction", "kind", "sort", "page", "size" },
            new String[] { "/gifts", "year", "sort", "page", "size" },
            new String[] { "/events", "status", "kind", "year", "partner", "sort", "page", "size" },
            new String[] { "/agreements", "status", "kind", "partner", "expiringWithin", "sort", "page", "size" },
            new String[] { "/calls", "status", "year", "sort", "page", "size" },
            new String[] { "/calls/summary", "year" },
            new String[] { "/calendar", "month" },
            new String[] { "/workload", "sort" },
            new String[] { "/search", "q", "kind", "page" },
            new String[] { "/search/suggestions", "q" },
            new String[] { "/partners/quebec/timeline", "page", "size" },
            new String[] { "/partners/quebec/history", "page", "size" },
            new String[] { "/staff/fvandernoot/history", "page", "size" },
            new String[] { "/dossiers/quebec/history", "page", "size" });

    @Autowired
    MockMvc mvc;

    @Test
    void noParameterValueOfAnyListGivesAServerError() throws Exception {
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (String[] list : LISTS) {
            for (int p = 1; p < list.length; p++) {
                for (String value : NASTY) {
                    MvcResult result = mvc.perform(get(url(list[0], list[p], value))).andReturn();
                    requests++;
                    int status = result.getResponse().getStatus();
                    if (status >= 500 || status == 403) {
                        failures.add(status + " for " + list[0] + "?" + list[p] + "=" + shorten(value));
                    }
                }
            }
        }
        assertThat(failures).as("parameter values that broke a list").isEmpty();
        assertThat(requests).isGreaterThan(2000);
    }

    @Test
    void metacharactersAreSearchedForAsCharactersNotAsPatternsOrSql() throws Exception {
        for (String value : List.of("%", "_", "%_%", "' OR '1'='1", "' OR 1=1 --", "*")) {
            assertThat(Html.texts(Html.parse(mvc.perform(get(url("/partners", "q", value)))), "tbody th"))
                    .as("partners matching " + value).isEmpty();
            assertThat(Html.parse(mvc.perform(get(url("/search", "q", value)))).select("[id^=results-] li"))
                    .as("search hits for " + value).isEmpty();
        }
        assertThat(Html.texts(Html.parse(mvc.perform(get(url("/partners", "q", "qu\u00E9bec")))), "tbody th"))
                .as("a real search still finds").contains("Québec");
    }

    @Test
    void aFilterNamingNothingMatchesNothingRatherThanEverything() throws Exception {
        for (String value : List.of("' OR '1'='1", "quebec' --", "%", "1; DROP TABLE partner; --")) {
            assertThat(Html.parse(mvc.perform(get(url("/visits", "partner", value)))).select("#visit-list tbody tr a"))
                    .as("visits of partner " + value).isEmpty();
            assertThat(Html.parse(mvc.perform(get(url("/agreements", "partner", value)))).select("tbody tr a"))
                    .as("agreements of partner " + value).isEmpty();
        }
        assertThat(Html.texts(Html.parse(mvc.perform(get("/partners"))), "tbody th")).as("nothing was dropped")
                .contains("Québec", "Tokyo");
    }

    /** The URL with the value percent-encoded once (MockMvc would encode a string template again). */
    private static URI url(String path, String parameter, String value) {
        return UriComponentsBuilder.fromPath(path).queryParam(parameter, "{value}").encode().buildAndExpand(value)
                .toUri();
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
    }
}
