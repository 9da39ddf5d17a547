package be.brussels.international.coordination.shared;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The interface's language for any locale: ours when it is one of ours, French otherwise. */
class LanguagesTests {

    @Test
    void ourLanguagesWhateverTheRegionAndFrenchForTheRest() {
        assertThat(Languages.of(Locale.forLanguageTag("nl-BE"))).isEqualTo("nl");
        assertThat(Languages.of(Locale.ENGLISH)).isEqualTo("en");
        assertThat(Languages.of(Locale.forLanguageTag("fr-CA"))).isEqualTo("fr");
        assertThat(Languages.of(Locale.GERMAN)).isEqualTo("fr");
        assertThat(Languages.of(Locale.ROOT)).isEqualTo("fr");
        assertThat(Languages.of(null)).isEqualTo("fr");
        assertThat(Languages.supported(" EN ")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.supported("nl_BE").getLanguage()).isEqualTo("nl");
    }
}
