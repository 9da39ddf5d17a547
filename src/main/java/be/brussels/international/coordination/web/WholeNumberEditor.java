package be.brussels.international.coordination.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A whole number as people type it: digits, perhaps a sign, spaces around. Not hexadecimal ({@code 0x10},
 * which Spring's own editor reads as 16), not other scripts' digits: what is not plainly a number is
 * refused, and comes back as typed.
 */
class WholeNumberEditor extends PropertyEditorSupport {

    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]{1,18}");

    private final Function<String, Object> parse;

    private final boolean emptyIsNull;

    WholeNumberEditor(Function<String, Object> parse, boolean emptyIsNull) {
        this.parse = parse;
        this.emptyIsNull = emptyIsNull;
    }

    @Override
    public void setAsText(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty() && emptyIsNull) {
            setValue(null);
            return;
        }
        if (!WHOLE.matcher(typed).matches()) {
            throw new IllegalArgumentException("Not a whole number");
        }
        setValue(parse.apply(typed.startsWith("+") ? typed.substring(1) : typed));
    }

    @Override
    public String getAsText() {
        Object value = getValue();
        return value == null ? "" : value.toString();
    }
}
