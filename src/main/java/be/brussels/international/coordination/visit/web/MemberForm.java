package be.brussels.international.coordination.visit.web;

import java.io.Serializable;

import be.brussels.international.coordination.visit.MemberDetails;
import be.brussels.international.coordination.visit.VisitMember;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A member typed on the visit page. */
class MemberForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 200)
    private String title;

    @Size(max = 200)
    private String organisation;

    @NotNull
    @Min(1)
    @Max(1000)
    private Integer precedence;

    @Size(max = 500)
    private String languageNeeds;

    @Size(max = 500)
    private String dietaryNeeds;

    @Size(max = 2000)
    private String notes;

    MemberDetails toDetails() {
        return new MemberDetails(name, title, organisation, precedence, languageNeeds, dietaryNeeds, notes);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public Integer getPrecedence() {
        return precedence;
    }

    public void setPrecedence(Integer precedence) {
        this.precedence = precedence;
    }

    public String getLanguageNeeds() {
        return languageNeeds;
    }

    public void setLanguageNeeds(String languageNeeds) {
        this.languageNeeds = languageNeeds;
    }

    public String getDietaryNeeds() {
        return dietaryNeeds;
    }

    public void setDietaryNeeds(String dietaryNeeds) {
        this.dietaryNeeds = dietaryNeeds;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    /** The form filled with the member as recorded, to correct it. */
    static MemberForm from(VisitMember member) {
        MemberForm form = new MemberForm();
        form.name = member.getName();
        form.title = member.getTitle();
        form.organisation = member.getOrganisation();
        form.precedence = member.getPrecedence();
        form.languageNeeds = member.getLanguageNeeds();
        form.dietaryNeeds = member.getDietaryNeeds();
        form.notes = member.getNotes();
        return form;
    }
}
