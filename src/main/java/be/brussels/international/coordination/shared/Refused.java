package be.brussels.international.coordination.shared;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * An action that breaks one of the cell's rules. Carries a message key and its arguments, so that the page
 * explains the refusal in the reader's language.
 */
public class Refused extends RuntimeException {

    private final String messageKey;

    private final transient Object[] arguments;

    private String field;

    public Refused(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** The refusal is about that field of the form (a date in the future...): its message goes beside it. */
    public Refused onField(String formField) {
        this.field = formField;
        return this;
    }

    /** The field the refusal is about, or null when it is about the whole. */
    public String getField() {
        return field;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    /** The arguments as the reader reads them: dates in their language ("4 janv. 2027"). */
    public Object[] getArguments(Locale locale) {
        return localized(arguments, locale);
    }

    /** Dates among message arguments, written in the reader's language. */
    public static Object[] localized(Object[] arguments, Locale locale) {
        if (arguments == null) {
            return null;
        }
        return Arrays.stream(arguments).map(a -> a instanceof LocalDate date ? Dates.medium(date, locale) : a).toArray();
    }
}
