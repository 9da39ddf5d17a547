package be.brussels.international.coordination.dossier.web;

import java.io.Serializable;

import be.brussels.international.coordination.shared.LocalizedText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A thematic dossier as the coordinator types it: its code (once) and its titles (the dossier table's limits). */
public class ThematicForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 80)
    @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$")
    private String code;

    @NotBlank
    @Size(max = 200)
    private String titleFr;

    @NotBlank
    @Size(max = 200)
    private String titleNl;

    @NotBlank
    @Size(max = 200)
    private String titleEn;

    private long version = -1;

    static ThematicForm from(LocalizedText title, long version) {
        ThematicForm form = new ThematicForm();
        form.titleFr = title.fr();
        form.titleNl = title.nl();
        form.titleEn = title.en();
        form.version = version;
        return form;
    }

    LocalizedText toTitle() {
        return new LocalizedText(titleFr, titleNl, titleEn);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
