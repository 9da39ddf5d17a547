package be.brussels.international.coordination.contact;

import java.time.LocalDate;

import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.shared.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** Someone the cell deals with at a partner. A contact who moved on stays, with the day it ended. */
@Entity
@Table(name = "partner_contact")
@Audited
public class PartnerContact extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    private String name;

    private String function;

    private String organisation;

    private String email;

    private String phone;

    private String language;

    private LocalDate fromOn;

    private LocalDate toOn;

    protected PartnerContact() {
    }

    PartnerContact(Partner partner, ContactDetails details) {
        this.partner = partner;
        change(details);
    }

    /** Corrects what was recorded (a typo, a new e-mail); the end of a past contact is kept. */
    void change(ContactDetails details) {
        if (toOn != null && details.fromOn() != null && toOn.isBefore(details.fromOn())) {
            throw new ContactRefused("contact.refused.endBeforeStart");
        }
        this.name = details.name();
        this.function = details.function();
        this.organisation = details.organisation();
        this.email = details.email();
        this.phone = details.phone();
        this.language = details.language();
        this.fromOn = details.fromOn();
    }

    /** The person no longer holds that function from that day; they stay in the list, as a past contact. */
    void end(LocalDate on) {
        if (toOn != null) {
            throw new ContactRefused("contact.refused.alreadyPast");
        }
        if (fromOn != null && on.isBefore(fromOn)) {
            throw new ContactRefused("contact.refused.endBeforeStart");
        }
        this.toOn = on;
    }

    public boolean isPast() {
        return toOn != null;
    }

    public Partner getPartner() {
        return partner;
    }

    public String getName() {
        return name;
    }

    public String getFunction() {
        return function;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getLanguage() {
        return language;
    }

    public LocalDate getFromOn() {
        return fromOn;
    }

    public LocalDate getToOn() {
        return toOn;
    }
}
