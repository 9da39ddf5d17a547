package be.brussels.international.coordination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/** A form of a page, read as a browser would send it. */
public final class Forms {

    private Forms() {
    }

    /**
     * The values the form shows, by field name, as a browser would send them: checked boxes and radios only,
     * the selected options (or a single select's first), textareas' text; not the CSRF token nor disabled
     * fields.
     */
    public static Map<String, List<String>> asShown(Element form) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            String name = field.attr("name");
            if (name.equals("_csrf") || field.hasAttr("disabled")) {
                continue;
            }
            List<String> list = values.computeIfAbsent(name, n -> new ArrayList<>());
            switch (field.tagName()) {
                case "select" -> {
                    List<Element> chosen = field.select("option[selected]");
                    if (chosen.isEmpty() && field.selectFirst("option") != null && !field.hasAttr("multiple")) {
                        chosen = List.of(field.selectFirst("option"));
                    }
                    chosen.forEach(option -> list.add(option.attr("value")));
                }
                case "textarea" -> list.add(field.wholeText());
                default -> {
                    String type = field.attr("type");
                    if ((!type.equals("checkbox") && !type.equals("radio")) || field.hasAttr("checked")) {
                        list.add(field.attr("value"));
                    }
                }
            }
        }
        return values;
    }
}
