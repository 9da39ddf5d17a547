package be.brussels.international.coordination.staff;

import java.io.Serializable;

import be.brussels.international.coordination.shared.EmailAddress;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The address where a person wants to be told of new dossiers, as typed on their page (empty: no mail). The
 * form of the person's page, shown by the portfolio's page and posted to the staff module.
 */
public class EmailChange implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = EmailAddress.MAX_LENGTH)
    @Pattern(regexp = EmailAddress.REGEXP)
    private String email;

    public EmailChange() {
    }

    public EmailChange(String email) {
        this.email = email;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
