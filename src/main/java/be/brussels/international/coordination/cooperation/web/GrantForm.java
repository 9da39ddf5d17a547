package be.brussels.international.coordination.cooperation.web;

import java.io.Serializable;
import java.math.BigDecimal;

import be.brussels.international.coordination.shared.Amounts;

/** The amount granted to an application, typed in its row; beyond the budget only when the coordinator says so. */
class GrantForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String amount;

    private boolean overBudget;

    /** The amount, in euros and cents; null when it does not read as one. */
    BigDecimal amount() {
        BigDecimal parsed = Amounts.parse(amount);
        return parsed == null || parsed.scale() > 2 ? null : parsed;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public boolean isOverBudget() {
        return overBudget;
    }

    public void setOverBudget(boolean overBudget) {
        this.overBudget = overBudget;
    }
}
