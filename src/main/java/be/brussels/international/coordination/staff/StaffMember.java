package be.brussels.international.coordination.staff;

import java.time.LocalDate;

import be.brussels.international.coordination.shared.BaseEntity;
import be.brussels.international.coordination.shared.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A member of the cell. Identified in URLs by the username of their login. */
@Entity
@Table(name = "staff_member")
@Audited
public class StaffMember extends BaseEntity {

    private String username;

    private String firstName;

    private String lastName;

    @Embedded
    @AttributeOverride(name = "fr", column = @Column(name = "title_fr"))
    @AttributeOverride(name = "nl", column = @Column(name = "title_nl"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    private LocalizedText title;

    /** Where notifications go, when mail is configured; entered by the person. */
    private String email;

    /** The day the person joined the cell; null for those who were there before the application. */
    private LocalDate startedOn;

    /** The day the person left the cell; null while they work here. Their history stays. */
    private LocalDate leftOn;

    protected StaffMember() {
    }

    StaffMember(Arrival arrival) {
        this.username = arrival.username();
        this.firstName = arrival.firstName();
        this.lastName = arrival.lastName();
        this.title = arrival.title();
        this.email = arrival.email();
        this.startedOn = arrival.startedOn();
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public String getUsername() {
        return username;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public String getEmail() {
        return email;
    }

    void changeEmail(String email) {
        this.email = email;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    /** A person who has left keeps their history but can no longer be given a dossier or log in. */
    public boolean hasLeft() {
        return leftOn != null;
    }

    void leave(LocalDate on) {
        if (hasLeft()) {
            throw new IllegalStateException(username + " has already left");
        }
        this.leftOn = on;
    }
}
