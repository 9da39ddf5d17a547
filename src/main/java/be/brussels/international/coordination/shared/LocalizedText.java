package be.brussels.international.coordination.shared;

import java.util.Locale;

import jakarta.persistence.Embeddable;

/**
 * A text that exists in the Region's three working languages: French (the default), Dutch and English.
 * Templates pick the reader's version with {@code ${partner.name.in(#locale)}}: the one place where
 * the language of reference data is chosen.
 */
@Embeddable
public record LocalizedText(String fr, String nl, String en) {

    public String in(Locale locale) {
        return switch (Languages.of(locale)) {
            case "nl" -> nl;
            case "en" -> en;
            default -> fr;
        };
    }
}
