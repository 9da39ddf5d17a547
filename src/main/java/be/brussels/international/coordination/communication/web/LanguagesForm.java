package be.brussels.international.coordination.communication.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import be.brussels.international.coordination.communication.Audience;

/** The languages a subscriber reads the newsletter in, and the lists they stay on (their preferences page). */
public class LanguagesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<String> languages = new ArrayList<>();

    private List<Audience> lists = new ArrayList<>();

    public List<Audience> getLists() {
        return lists;
    }

    public void setLists(List<Audience> lists) {
        this.lists = lists == null ? new ArrayList<>() : lists;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : languages;
    }
}
