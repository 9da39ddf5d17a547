package be.brussels.international.coordination.web;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates as each language writes them, from the message files; the French first of the month an ordinal. */
class DatesDialectTests {

    private final DatesDialect dialect = new DatesDialect(messages());

    @Test
    void eachLanguageWritesItsDates() {
        LocalDate first = LocalDate.of(2026, 12, 1);
        LocalDate eleventh = LocalDate.of(2026, 12, 11);
        assertThat(when("fr").date(first)).isEqualTo("1er déc. 2026");
        assertThat(when("fr").longDate(first)).isEqualTo("mardi 1er décembre 2026");
        assertThat(when("fr").date(eleventh)).isEqualTo("11 déc. 2026");
        assertThat(when("fr").date(LocalDate.of(2021, 3, 21))).isEqualTo("21 mars 2021");
        assertThat(when("nl").date(first)).isEqualTo("1 dec. 2026");
        assertThat(when("en").longDate(first)).isEqualTo("Tuesday 1 December 2026");
        assertThat(when("fr").date(null)).isEmpty();
    }

    @Test
    void aPeriodOfOneDayIsThatDay() {
        LocalDate tenth = LocalDate.of(2026, 12, 10);
        assertThat(when("nl").period(tenth, tenth)).isEqualTo("10 dec. 2026");
        assertThat(when("nl").period(tenth, tenth.plusDays(2))).isEqualTo("van 10 dec. 2026 tot 12 dec. 2026");
        assertThat(when("fr").longPeriod(tenth, tenth)).isEqualTo("jeudi 10 décembre 2026");
        assertThat(when("fr").fullPeriod(tenth.minusDays(9), tenth)).isEqualTo("du 1er décembre 2026 au 10 décembre 2026");
        assertThat(when("en").period(tenth, null)).isEqualTo("10 Dec 2026");
    }

    private DatesDialect.When when(String language) {
        return dialect.new When(Locale.forLanguageTag(language));
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
