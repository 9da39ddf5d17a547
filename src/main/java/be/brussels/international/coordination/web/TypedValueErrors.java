package be.brussels.international.coordination.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;

/**
 * A value that could not be read (a number, a date, a choice) comes back in its field as the text fields do:
 * trimmed and rid of NUL characters. Spring keeps the raw request value of a refused field, so a number typed
 * with a trailing control character came back with it while every text field beside it had been trimmed.
 */
class TypedValueErrors extends DefaultBindingErrorProcessor {

    @Override
    public void processPropertyAccessException(PropertyAccessException refused, BindingResult result) {
        String field = refused.getPropertyName();
        if (field == null) {
            super.processPropertyAccessException(refused, result);
            return;
        }
        Object value = refused.getValue();
        Object shown = value instanceof String text ? cleaned(text)
                : value instanceof String[] texts ? Arrays.stream(texts).map(TypedValueErrors::cleaned)
                        .collect(Collectors.joining(","))
                : value;
        FieldError error = new FieldError(result.getObjectName(), field, shown, true,
                result.resolveMessageCodes(refused.getErrorCode(), field),
                getArgumentsForBindError(result.getObjectName(), field), refused.getLocalizedMessage());
        error.wrap(refused);
        result.addError(error);
    }

    private static String cleaned(String text) {
        return text.replace("\u0000", "").trim();
    }
}
