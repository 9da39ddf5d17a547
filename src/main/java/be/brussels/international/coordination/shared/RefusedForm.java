package be.brussels.international.coordination.shared;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A form that lives on a record's page (a note on a partner's page, a payment on a project's) and posts to
 * its own route: when it is refused, the reader goes back to that page (POST-redirect-GET) and finds the form
 * open with what they typed, impossible dates included, each message beside its field. The form and its
 * binding result travel as flash attributes under the form's model name, where {@code th:object} and
 * {@code th:field} find them.
 * <p>
 * Flash attributes are kept in the session, and sessions in PostgreSQL: what travels is serialized. The form is
 * (every form is Serializable, its upload transient); a value refused that cannot be (an uploaded file) travels
 * as nothing — a browser never keeps a chosen file either.
 */
public final class RefusedForm {

    private RefusedForm() {
    }

    /** Flashes the form, its errors and the summary message; returns {@code redirect}, the page's address. */
    public static String backTo(String redirect, RedirectAttributes attributes, String name, Object form,
            BindingResult result) {
        attributes.addFlashAttribute(name, form);
        attributes.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + name, travelling(form, result));
        attributes.addFlashAttribute("failure", "form.refused");
        return redirect;
    }

    /** The same errors, each refused value kept only if it can be serialized. */
    private static BindingResult travelling(Object form, BindingResult result) {
        BeanPropertyBindingResult copy = new BeanPropertyBindingResult(form, result.getObjectName());
        for (ObjectError error : result.getAllErrors()) {
            if (error instanceof FieldError field && !serializes(field.getRejectedValue())) {
                copy.addError(new FieldError(field.getObjectName(), field.getField(), null, field.isBindingFailure(),
                        field.getCodes(), field.getArguments(), field.getDefaultMessage()));
            }
            else {
                copy.addError(error);
            }
        }
        return copy;
    }

    /**
     * Whether the value can be serialized — tried, not read off its type: Spring's uploaded file declares itself
     * Serializable but holds Tomcat's part, which is not (a refused image was a server error).
     */
    private static boolean serializes(Object value) {
        if (value == null || value instanceof String || value instanceof Number) {
            return true;
        }
        if (!(value instanceof Serializable) || value instanceof MultipartFile) {
            return false;
        }
        try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
            out.writeObject(value);
            return true;
        }
        catch (IOException notSerializable) {
            return false;
        }
    }
}
