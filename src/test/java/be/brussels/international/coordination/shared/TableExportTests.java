package be.brussels.international.coordination.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every CSV export goes through {@link TableExport}: what it writes for a text a spreadsheet would run. */
class TableExportTests {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-2+3", "@SUM(1,2)", "\tx", "\rx", "=",
        "-"})
    void aTextStartingLikeAFormulaIsWrittenAsText(String text) {
        assertThat(TableExport.neutralised(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Québec", "a=b", " =1", "'=1", "1-2", "x@y.org"})
    void otherTextsAreWrittenAsTheyAre(String text) {
        assertThat(TableExport.neutralised(text)).isEqualTo(text);
    }

    @Test
    void numbersAndDatesAreNotTexts() {
        TableExport export = new TableExport(null, null);
        assertThat(export.csvValue(new BigDecimal("-12.50"), Locale.FRENCH)).isEqualTo("-12.50");
        assertThat(export.csvValue(-3, Locale.FRENCH)).isEqualTo(-3);
        assertThat(export.csvValue(LocalDate.of(2026, 1, 2), Locale.FRENCH))
                .isEqualTo(LocalDate.of(2026, 1, 2));
    }
}
