package be.brussels.international.coordination;

import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** What a form refused on a record's page sends back (shared.RefusedForm): its errors, and the page shown. */
public final class Refusals {

    private Refusals() {
    }

    /** The refused form's field errors, field → message code. */
    public static Map<String, String> fieldErrors(MvcResult result, String form) {
        Object errors = result.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + form);
        assertThat(errors).as("the errors of " + form + " flashed").isInstanceOf(BindingResult.class);
        Map<String, String> codes = new TreeMap<>();
        for (FieldError error : ((BindingResult) errors).getFieldErrors()) {
            codes.putIfAbsent(error.getField(), error.getCode());
        }
        return codes;
    }

    /** The page the reader is sent back to, as it shows the refused form. */
    public static Document pageAfter(MockMvc mvc, MvcResult result) throws Exception {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("sent back to a page").isNotNull();
        // The refused form travels in the session (PostgreSQL): the next page is asked for with its cookie, as a
        // browser does, so that what was typed comes back through the session's serialization.
        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).as("the refusal kept in a session").isNotNull();
        return Html.parse(mvc.perform(get(location.replaceFirst("#.*", "")).cookie(session)));
    }
}
