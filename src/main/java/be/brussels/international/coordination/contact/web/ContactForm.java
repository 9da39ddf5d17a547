package be.brussels.international.coordination.contact.web;

import java.io.Serializable;
import java.time.LocalDate;

import be.brussels.international.coordination.contact.ContactDetails;
import be.brussels.international.coordination.contact.PartnerContact;
import be.brussels.international.coordination.shared.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A person at a partner, as typed on the partner's page; the limits are the columns' (partner_contact). */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 200)
    private String function;

    @Size(max = 200)
    private String organisation;

    @Size(max = EmailAddress.MAX_LENGTH)
    @Pattern(regexp = EmailAddress.REGEXP)
    private String email;

    @Size(max = 50)
    private String phone;

    @Size(max = 50)
    private String language;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate fromOn;

    /** The form filled with the contact as recorded, to correct it. */
    static ContactForm from(PartnerContact contact) {
        ContactForm form = new ContactForm();
        form.name = contact.getName();
        form.function = contact.getFunction();
        form.organisation = contact.getOrganisation();
        form.email = contact.getEmail();
        form.phone = contact.getPhone();
        form.language = contact.getLanguage();
        form.fromOn = contact.getFromOn();
        return form;
    }

    ContactDetails toDetails() {
        return new ContactDetails(name, function, organisation, email, phone, language, fromOn);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFunction() {
        return function;
    }

    public void setFunction(String function) {
        this.function = function;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public LocalDate getFromOn() {
        return fromOn;
    }

    public void setFromOn(LocalDate fromOn) {
        this.fromOn = fromOn;
    }
}
