package be.brussels.international.coordination.communication.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import be.brussels.international.coordination.shared.EmailAddress;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A subscription as typed on the public page: an address, languages, the consent ticked. */
public class SubscriptionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = EmailAddress.MAX_LENGTH)
    @Pattern(regexp = EmailAddress.REGEXP)
    private String email;

    @NotEmpty
    private List<String> languages = new ArrayList<>();

    @AssertTrue
    private boolean consent;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : languages;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
