package be.brussels.international.coordination.security;

import java.io.Serializable;
import java.time.LocalDate;

import be.brussels.international.coordination.shared.EmailAddress;
import be.brussels.international.coordination.shared.LocalizedText;
import be.brussels.international.coordination.staff.Arrival;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A person who joins the cell, as typed on {@code /staff/new}; the limits are the columns'. */
public class ArrivalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Logins: lower-case ASCII letters first, then letters, digits, dots, hyphens (user_account's check). */
    static final String USERNAME = "^[a-z][a-z0-9._-]{1,63}$";

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = USERNAME)
    private String username;

    @NotBlank
    @Size(max = 80)
    private String firstName;

    @NotBlank
    @Size(max = 80)
    private String lastName;

    @NotBlank
    @Size(max = 200)
    private String titleFr;

    @NotBlank
    @Size(max = 200)
    private String titleNl;

    @NotBlank
    @Size(max = 200)
    private String titleEn;

    @Size(max = EmailAddress.MAX_LENGTH)
    @Pattern(regexp = EmailAddress.REGEXP)
    private String email;

    @NotNull
    private Role role = Role.STAFF;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startedOn;

    Arrival toArrival() {
        return new Arrival(username, firstName, lastName, new LocalizedText(titleFr, titleNl, titleEn), email,
                startedOn);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public void setTitleFr(String titleFr) {
        this.titleFr = titleFr;
    }

    public String getTitleNl() {
        return titleNl;
    }

    public void setTitleNl(String titleNl) {
        this.titleNl = titleNl;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }
}
