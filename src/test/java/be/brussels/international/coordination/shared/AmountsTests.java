package be.brussels.international.coordination.shared;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts and scores as people type them, and what BigDecimal alone would have read but nobody types. */
class AmountsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"15000|15000", "15 000,50|15000.50", "15\u00A0000.5|15000.5", "0,01|0.01",
        "12.345|12.345", " 82 |82", "1 234 567|1234567"})
    void whatPeopleTypeIsRead(String typed, String expected) {
        assertThat(Amounts.parse(typed)).isEqualByComparingTo(new BigDecimal(expected));
    }

    /** As the application writes numbers in each language, so they are read back; spaces and bare digits everywhere. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"nl|1.250,75|1250.75", "nl|1.250|1250", "nl|1.250.000|1250000",
        "nl|25,50|25.50", "nl|25.5|25.5", "nl|1 250,75|1250.75", "en|1,250.75|1250.75", "en|1,250|1250",
        "en|1.25|1.25", "en|1,000,000|1000000", "fr|1 250,75|1250.75", "fr|1.250|1.250", "fr|1 250|1250"})
    void amountsAreReadAsTheReadersLanguageWritesThem(String language, String typed, String expected) {
        assertThat(Amounts.parse(typed, Locale.forLanguageTag(language))).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"nl|1.25.0", "en|1,25,0", "nl|1,250.75", "fr|1.250,75",
        "en|1.250,75", "nl|1.250,75,5"})
    void anotherLanguagesGroupingIsNotRead(String language, String typed) {
        assertThat(Amounts.parse(typed, Locale.forLanguageTag(language))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e2", "5.5e0", "+5", "-5", "\uFF11\uFF12", "\u0661\u0662", "0x10", "NaN", "abc", "1,2,3",
        "12 34", "", " ", "1.", ".5"})
    void anythingElseIsNotAnAmount(String typed) {
        assertThat(Amounts.parse(typed)).isNull();
    }
}
