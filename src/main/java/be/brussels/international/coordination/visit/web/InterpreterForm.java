package be.brussels.international.coordination.visit.web;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Set;

import be.brussels.international.coordination.visit.InterpreterDetails;
import be.brussels.international.coordination.visit.ProgrammeItem;
import be.brussels.international.coordination.visit.VisitInterpreter;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An interpreter typed on the visit page: name, languages, the items they work at. */
class InterpreterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 200)
    private String languages;

    @Size(max = 500)
    private Set<Long> itemIds = new LinkedHashSet<>();

    InterpreterDetails toDetails() {
        return new InterpreterDetails(name, languages, itemIds);
    }

    /** The form filled with the interpreter as recorded, to correct it. */
    static InterpreterForm from(VisitInterpreter interpreter) {
        InterpreterForm form = new InterpreterForm();
        form.name = interpreter.getName();
        form.languages = interpreter.getLanguages();
        interpreter.getItems().stream().map(ProgrammeItem::getId).forEach(form.itemIds::add);
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public Set<Long> getItemIds() {
        return itemIds;
    }

    public void setItemIds(Set<Long> itemIds) {
        this.itemIds = itemIds == null ? new LinkedHashSet<>() : itemIds;
    }
}
