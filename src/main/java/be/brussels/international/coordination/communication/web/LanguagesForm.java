package be.brussels.international.coordination.communication.web;

import java.util.ArrayList;
import java.util.List;

/** The languages a subscriber reads the newsletter in (their preferences page). */
public class LanguagesForm {

    private List<String> languages = new ArrayList<>();

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : languages;
    }
}
