package be.brussels.international.coordination.communication.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import be.brussels.international.coordination.communication.Audience;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/** A CSV file of subscribers, the languages of lines that name none, the basis of their consent. */
public class ImportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient MultipartFile file;

    @NotEmpty
    private List<String> languages = new ArrayList<>(List.of("fr"));

    @NotBlank
    @Size(max = 500)
    private String consentBasis;

    private boolean checkOnly;

    @NotNull
    private Audience list =
            Audience.GLOBE;

    public Audience getList() {
        return list;
    }

    public void setList(Audience list) {
        this.list = list;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : languages;
    }

    public String getConsentBasis() {
        return consentBasis;
    }

    public void setConsentBasis(String consentBasis) {
        this.consentBasis = consentBasis;
    }

    public boolean isCheckOnly() {
        return checkOnly;
    }

    public void setCheckOnly(boolean checkOnly) {
        this.checkOnly = checkOnly;
    }
}
