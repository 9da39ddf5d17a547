package be.brussels.international.coordination.cooperation.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

import be.brussels.international.coordination.shared.Amounts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A tranche paid to a funded project, as typed on its page: the amount as written ({@code 15 000,50} or
 * {@code 15000.50}), read by {@link Amounts}.
 */
public class PaymentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate paidOn;

    @NotBlank
    @Size(max = 20)
    private String amount;

    /** A payment of today, for the page's form. */
    static PaymentForm of(LocalDate today) {
        PaymentForm form = new PaymentForm();
        form.paidOn = today;
        return form;
    }

    /** The amount typed, or null when it is not one. */
    BigDecimal amount() {
        return Amounts.parse(amount);
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }
}
