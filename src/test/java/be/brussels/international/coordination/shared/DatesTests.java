package be.brussels.international.coordination.shared;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates written from Java as the templates write them: French's « 1er » included. */
class DatesTests {

    @Test
    void theFirstOfTheMonthIsAnOrdinalInFrenchOnly() {
        assertThat(Dates.medium(LocalDate.of(2026, 12, 1), Locale.FRENCH)).isEqualTo("1er déc. 2026");
        assertThat(Dates.medium(LocalDate.of(2026, 12, 11), Locale.FRENCH)).isEqualTo("11 déc. 2026");
        assertThat(Dates.medium(LocalDate.of(2026, 12, 1), Locale.forLanguageTag("nl"))).isEqualTo("1 dec. 2026");
        assertThat(Dates.medium(LocalDate.of(2026, 12, 1), Locale.ENGLISH)).isEqualTo("1 Dec 2026");
        assertThat(Dates.medium(null, Locale.FRENCH)).isEmpty();
    }
}
