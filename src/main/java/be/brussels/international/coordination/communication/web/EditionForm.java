package be.brussels.international.coordination.communication.web;

import java.io.Serializable;

import be.brussels.international.coordination.communication.Audience;
import be.brussels.international.coordination.communication.Edition;
import be.brussels.international.coordination.shared.LocalizedText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An edition's list and subject in the three languages (Dutch and English may wait until approval). */
public class EditionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Audience audience = Audience.GLOBE;

    @NotBlank
    @Size(max = 200)
    private String subjectFr;

    @Size(max = 200)
    private String subjectNl;

    @Size(max = 200)
    private String subjectEn;

    private long version = -1;

    static EditionForm from(Edition edition) {
        EditionForm form = new EditionForm();
        form.audience = edition.getAudience();
        form.subjectFr = edition.getSubject().fr();
        form.subjectNl = edition.getSubject().nl();
        form.subjectEn = edition.getSubject().en();
        form.version = edition.getVersion();
        return form;
    }

    LocalizedText subject() {
        return new LocalizedText(subjectFr, subjectNl, subjectEn);
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public String getSubjectFr() {
        return subjectFr;
    }

    public void setSubjectFr(String subjectFr) {
        this.subjectFr = subjectFr;
    }

    public String getSubjectNl() {
        return subjectNl;
    }

    public void setSubjectNl(String subjectNl) {
        this.subjectNl = subjectNl;
    }

    public String getSubjectEn() {
        return subjectEn;
    }

    public void setSubjectEn(String subjectEn) {
        this.subjectEn = subjectEn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
