package be.brussels.international.coordination.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

import be.brussels.international.coordination.shared.Amounts;

/**
 * An amount as people type it in their language ({@code 25,50} in French and Dutch, {@code 25.50} too;
 * thousands spaced if they like), shown back with a point (as typed, mostly): a field bound to a {@link BigDecimal}
 * reads what {@link Amounts} reads (and a minus sign, for the form's rule to refuse) and refuses the rest (a
 * plus sign, an exponent, other scripts' digits).
 */
class AmountEditor extends PropertyEditorSupport {


    @Override
    public void setAsText(String text) {
        if (text == null || text.isBlank()) {
            setValue(null);
            return;
        }
        // A minus sign is read, so that the form's own rule says why a negative amount is refused.
        String typed = text.strip();
        boolean negative = typed.startsWith("-");
        BigDecimal amount = Amounts.parse(negative ? typed.substring(1) : typed);
        if (amount == null) {
            throw new IllegalArgumentException("Not an amount");
        }
        setValue(negative ? amount.negate() : amount);
    }

    @Override
    public String getAsText() {
        Object value = getValue();
        if (value == null) {
            return "";
        }
        return ((BigDecimal) value).toPlainString();
    }
}
