package be.brussels.international.coordination.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Writes a list as a CSV or an Excel file, straight to the response: rows are written as they are read,
 * one page of the list in memory at a time, so a ten-year export does not fill the heap.
 *
 * <p>CSV: UTF-8 with a byte-order mark (Excel then reads accents right), semicolons between values (what
 * Excel expects with Belgian, French and Dutch regional settings), dates as ISO {@code 2027-05-10}, times of
 * day as {@code 2027-05-10 14:05} (Brussels time, as the pages show them). Excel: a
 * streaming workbook (Apache POI SXSSF) with real date and number cells, a bold, frozen, filterable header.
 */
@Component
public class TableExport {

    /** The CSV dialect written, and to be read back with. */
    public static final CSVFormat CSV = CSVFormat.EXCEL.builder().setDelimiter(';').get();

    static final int PAGE_SIZE = 500;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What a spreadsheet would read as the start of a formula (or of a cell its import splits there). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** Rows kept in memory by the Excel writer before they are flushed to a temporary file. */
    private static final int XLSX_WINDOW = 200;

    public enum Format {
        CSV("text/csv;charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String contentType;

        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        /** {@code csv} or {@code xlsx}, any case; anything else is CSV. */
        public static Format of(String name) {
            return "xlsx".equalsIgnoreCase(name == null ? "" : name.strip()) ? XLSX : CSV;
        }
    }

    /**
     * One column: its header's message key and how to get its value from a row. Values may be text,
     * numbers, dates, booleans, {@link Label}s (translated when written), {@link Country}s (named) or null.
     */
    public record Column<T>(String headerKey, Function<T, ?> value) {
    }

    /** A message key written in the reader's language (a status, a kind, yes/no). */
    public record Label(String key) {
    }

    public static <T> Column<T> column(String headerKey, Function<T, ?> value) {
        return new Column<>(headerKey, value);
    }

    public static Label label(String key) {
        return new Label(key);
    }

    /** A country, stored as its ISO code, written by its name in the reader's language as the pages show it. */
    public record Country(String code) {
    }

    public static Country country(String code) {
        return code == null ? null : new Country(code);
    }

    /** Every element of a paginated list, one page in memory at a time. */
    public static <T> Consumer<Consumer<T>> pages(Function<Pageable, Page<T>> list) {
        return pages(list, Function.identity());
    }

    /**
     * Every element of a paginated list, completed page by page (with what the list page shows beside each,
     * fetched once for the page rather than once a row).
     */
    public static <T, R> Consumer<Consumer<R>> pages(Function<Pageable, Page<T>> list,
            Function<List<T>, List<R>> complete) {
        return action -> {
            Page<T> page = list.apply(PageRequest.of(0, PAGE_SIZE));
            complete.apply(page.getContent()).forEach(action);
            while (page.hasNext()) {
                page = list.apply(page.nextPageable());
                complete.apply(page.getContent()).forEach(action);
            }
        };
    }

    private static final Logger LOG = LoggerFactory.getLogger(TableExport.class);

    private final MessageSource messages;

    private final Clock clock;

    TableExport(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Writes the rows as an attachment named after the list and today's date ({@code visits-2026-11-29.csv}).
     *
     * @param rows gives every row to the consumer it is handed, in order
     */
    public <T> void write(Format format, String name, List<Column<T>> columns, Consumer<Consumer<T>> rows,
            Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType(format.contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(name + "-" + LocalDate.now(clock) + "." + format.extension).build().toString());
        List<String> headers = columns.stream()
                .map(column -> messages.getMessage(column.headerKey(), null, locale)).toList();
        if (format == Format.XLSX) {
            writeXlsx(name, headers, columns, rows, locale, response.getOutputStream());
        }
        else {
            try {
                writeCsv(headers, columns, rows, locale, response.getOutputStream());
            }
            catch (ExportInterrupted e) {
                // The reader closed the page or cancelled the download: nothing went wrong on our side.
                LOG.debug("Export of {} interrupted by the client: {}", name, e.getCause().toString());
            }
        }
    }

    private <T> void writeCsv(List<String> headers, List<Column<T>> columns, Consumer<Consumer<T>> rows,
            Locale locale, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSV);
        printer.printRecord(headers);
        rows.accept(row -> {
            List<Object> values = new ArrayList<>(columns.size());
            for (Column<T> column : columns) {
                values.add(csvValue(column.value().apply(row), locale));
            }
            try {
                printer.printRecord(values);
            }
            catch (IOException e) {
                throw new ExportInterrupted(e);
            }
        });
        printer.flush();
    }

    Object csvValue(Object value, Locale locale) {
        if (value instanceof Label label) {
            return messages.getMessage(label.key(), null, locale);
        }
        if (value instanceof Country country) {
            return Countries.name(country.code(), locale);
        }
        if (value instanceof Boolean flag) {
            return messages.getMessage(flag ? "export.yes" : "export.no", null, locale);
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof LocalDateTime moment) {
            return moment.format(DATE_TIME);
        }
        if (value instanceof CharSequence text) {
            return neutralised(text.toString());
        }
        return value;
    }

    /**
     * A text as a spreadsheet will show it, never run it: one starting like a formula
     * ({@code =HYPERLINK(…)}, {@code +1+2}, {@code @SUM(…)}, a tab or carriage return first) gets a leading
     * apostrophe, as OWASP recommends for CSV injection. Numbers and dates are not texts here: they stay as
     * they are, negative amounts included. Excel files need none of it: their texts are string cells.
     */
    static String neutralised(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private <T> void writeXlsx(String name, List<String> headers, List<Column<T>> columns,
            Consumer<Consumer<T>> rows, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW)) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet(name);
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTimeStyle = workbook.createCellStyle();
            dateTimeStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Row headerRow = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = headerRow.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(i, Math.min(60, Math.max(12, headers.get(i).length() + 4)) * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            rows.accept(row -> {
                Row sheetRow = sheet.createRow(next[0]++);
                for (int i = 0; i < columns.size(); i++) {
                    setCell(sheetRow.createCell(i), columns.get(i).value().apply(row), dateStyle, dateTimeStyle,
                            locale);
                }
            });
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, headers.size() - 1));
            workbook.write(out);
        }
    }

    private void setCell(Cell cell, Object value, CellStyle dateStyle, CellStyle dateTimeStyle, Locale locale) {
        if (value == null) {
            cell.setBlank();
        }
        else if (value instanceof Label label) {
            cell.setCellValue(messages.getMessage(label.key(), null, locale));
        }
        else if (value instanceof Country country) {
            cell.setCellValue(Countries.name(country.code(), locale));
        }
        else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        }
        else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        }
        else if (value instanceof LocalDateTime moment) {
            cell.setCellValue(moment);
            cell.setCellStyle(dateTimeStyle);
        }
        else if (value instanceof Boolean flag) {
            cell.setCellValue(flag);
        }
        else {
            cell.setCellValue(value.toString());
        }
    }

    /** The reader went away in the middle of a download: nothing to show them. */
    static final class ExportInterrupted extends RuntimeException {

        ExportInterrupted(IOException cause) {
            super(cause);
        }
    }
}
