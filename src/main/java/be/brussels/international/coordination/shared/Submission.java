package be.brussels.international.coordination.shared;

import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a POST ends. The action runs; then it is done (a success message, back to where the reader
 * was), refused by one of the module's rules (the reason in the reader's language) or overtaken by someone
 * else's change (the module's conflict message). Nothing typed is lost: a form that is refused comes back
 * with what was typed.
 *
 * <ul>
 * <li>{@link #onRecord}: a form or a button on a record's page (a member on a visit's page, a note on a
 * partner's): the reader goes back to the section of the page (POST-redirect-GET); a refused form travels as
 * flash attributes and is shown open, each message beside its field.</li>
 * <li>{@link #onPage}: a form that is a page of its own (a visit's details): refused, the form is shown again
 * as typed; overtaken, it is shown with the current version and the answer is 409 ({@link #onEditPage}: the
 * form's {@code version} brought up to date here).</li>
 * </ul>
 * Message keys belong to the module that raises them: the conflict key is the module's own.
 */
public final class Submission {

    private final String conflictKey;

    private Submission(String conflictKey) {
        this.conflictKey = conflictKey;
    }

    /** For the module whose records change, saying {@code conflictKey} when someone changed them first. */
    public static Submission of(String conflictKey) {
        return new Submission(conflictKey);
    }

    /** An action without a form (a button): {@code redirect} whatever the outcome, the outcome flashed. */
    public String onRecord(String redirect, RedirectAttributes attributes, String done, Runnable action) {
        try {
            action.run();
            attributes.addFlashAttribute("success", done);
        }
        catch (Refused refused) {
            attributes.addFlashAttribute("failure", refused.getMessageKey());
            attributes.addFlashAttribute("failureArguments", refused.getArguments());
        }
        catch (OptimisticLockingFailureException conflict) {
            attributes.addFlashAttribute("failure", conflictKey);
        }
        return redirect;
    }

    /**
     * A form on a record's page, bound as {@code name}: invalid or refused, it comes back open with what was
     * typed and its messages; overtaken, likewise with the conflict message (the reader sees the current record
     * and decides again); done, the success message.
     */
    public String onRecord(String redirect, RedirectAttributes attributes, String name, Object form,
            BindingResult result, Locale locale, String done, Runnable action) {
        if (result.hasErrors()) {
            return RefusedForm.backTo(redirect, attributes, name, form, result);
        }
        try {
            action.run();
        }
        catch (Refused refused) {
            reject(result, refused, locale);
            return RefusedForm.backTo(redirect, attributes, name, form, result);
        }
        catch (OptimisticLockingFailureException conflict) {
            result.reject(conflictKey);
            RefusedForm.backTo(redirect, attributes, name, form, result);
            attributes.addFlashAttribute("failure", conflictKey);
            return redirect;
        }
        attributes.addFlashAttribute("success", done);
        return redirect;
    }

    /**
     * A form that is a page of its own: invalid or refused, {@code form} shows it again; overtaken,
     * {@code current} brings the form to the record's current version and shows it, with 409; done, the
     * success message and {@code action}'s redirect.
     */
    public String onPage(BindingResult result, Locale locale, HttpServletResponse response, Supplier<String> form,
            Supplier<String> current, RedirectAttributes attributes, String done, Supplier<String> action) {
        if (result.hasErrors()) {
            return form.get();
        }
        try {
            String redirect = action.get();
            attributes.addFlashAttribute("success", done);
            return redirect;
        }
        catch (Refused refused) {
            reject(result, refused, locale);
            return form.get();
        }
        catch (OptimisticLockingFailureException conflict) {
            result.reject(conflictKey);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return current.get();
        }
    }

    /**
     * A form that edits one record, on a page of its own: as {@link #onPage}, and overtaken, the form (what was
     * typed) is brought to the record's {@code currentVersion} and shown again with the conflict message, so
     * that saving again keeps it.
     */
    public String onEditPage(BindingResult result, Locale locale, HttpServletResponse response, Supplier<String> form,
            LongSupplier currentVersion, RedirectAttributes attributes, String done, Supplier<String> action) {
        return onPage(result, locale, response, form, () -> {
            new BeanWrapperImpl(result.getTarget()).setPropertyValue("version", currentVersion.getAsLong());
            return form.get();
        }, attributes, done, action);
    }

    /**
     * A check the action makes of one field (an identifier already taken), made now as well when the form has other
     * mistakes: the reader hears of all of them at once, not of this one only once the others are mended.
     */
    public static void alsoCheck(BindingResult result, Locale locale, String field, Runnable check) {
        if (result.hasErrors() && !result.hasFieldErrors(field)) {
            try {
                check.run();
            }
            catch (Refused refused) {
                reject(result, refused, locale);
            }
        }
    }

    /** The refusal beside its field when it names one the form has, else at the top of the form. */
    public static void reject(BindingResult result, Refused refused, Locale locale) {
        for (Refused each : refused.all()) {
            if (each.getField() != null && result.getTarget() != null
                    && new BeanWrapperImpl(result.getTarget()).isReadableProperty(each.getField())) {
                result.rejectValue(each.getField(), each.getMessageKey(), each.getArguments(locale), null);
            }
            else {
                result.reject(each.getMessageKey(), each.getArguments(locale), null);
            }
        }
    }
}
