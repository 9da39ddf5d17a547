package be.brussels.international.coordination.shared;

/**
 * One option of a form's or a filter's list: the value sent back and the label the reader sees, already in
 * the reader's language. Rendered by the {@code bi:options} attribute of the templates.
 */
public interface Choice {

    String value();

    String label();

    static Choice of(String value, String label) {
        return new Plain(value, label);
    }

    record Plain(String value, String label) implements Choice {
    }
}
