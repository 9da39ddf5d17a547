package be.brussels.international.coordination.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An action that breaks one of the cell's rules. Carries a message key and its arguments, so that the page
 * explains the refusal in the reader's language.
 */
public class Refused extends RuntimeException {

    private final String messageKey;

    private final transient Object[] arguments;

    private String field;

    /** Refusals found with this one, said together (a form's several mistakes at once, not one save after another). */
    private final List<Refused> others = new ArrayList<>();

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

    /** This refusal and those found with it ({@link #and}), in the order found. */
    public List<Refused> all() {
        List<Refused> all = new ArrayList<>();
        all.add(this);
        all.addAll(others);
        return all;
    }

    /**
     * The first of {@code found} carrying the others, or null when there is none: a rule's checks gathered, then
     * thrown together ({@code if (refused != null) throw refused}).
     */
    public static Refused together(List<? extends Refused> found) {
        if (found.isEmpty()) {
            return null;
        }
        Refused first = found.get(0);
        first.others.addAll(found.subList(1, found.size()));
        return first;
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
