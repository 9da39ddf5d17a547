package be.brussels.international.coordination.shared;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A form that lives on a record's page (a note on a partner's page, a payment on a project's) and posts to
 * its own route: when it is refused, the reader goes back to that page (POST-redirect-GET) and finds the form
 * open with what they typed, impossible dates included, each message beside its field. The form and its
 * binding result travel as flash attributes under the form's model name, where {@code th:object} and
 * {@code th:field} find them.
 */
public final class RefusedForm {

    private RefusedForm() {
    }

    /** Flashes the form, its errors and the summary message; returns {@code redirect}, the page's address. */
    public static String backTo(String redirect, RedirectAttributes attributes, String name, Object form,
            BindingResult result) {
        attributes.addFlashAttribute(name, form);
        attributes.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
        attributes.addFlashAttribute("failure", "form.refused");
        return redirect;
    }
}
