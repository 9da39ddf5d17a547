package be.brussels.international.coordination.partner;

import java.util.Locale;

import be.brussels.international.coordination.shared.Choice;
import be.brussels.international.coordination.shared.LocalizedText;

/**
 * A partner as a form or a list's filter offers it: its slug (the value sent back) and its name in the
 * reader's language. Read as such rather than as entities: the choices are every partner, 300 in the 10×
 * benchmark database, on every visits and agreements list page.
 */
public record PartnerChoice(String slug, String name) implements Choice {

    @Override
    public String value() {
        return slug;
    }

    @Override
    public String label() {
        return name;
    }

    /** A row of {@link PartnerRepository#findChoices}. */
    record Row(String slug, LocalizedText name, boolean former) {

        PartnerChoice in(Locale locale) {
            return new PartnerChoice(slug, name.in(locale));
        }
    }
}
