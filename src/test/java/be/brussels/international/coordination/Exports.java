package be.brussels.international.coordination;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import be.brussels.international.coordination.shared.TableExport;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Downloads a list's export and reads it back with the libraries that wrote it. */
public final class Exports {

    private Exports() {
    }

    /** The request with {@code export=csv}: an attachment, a byte-order mark, then the records. */
    public static List<CSVRecord> csv(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.param("export", "csv")).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains(".csv");
        String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(body).as("a byte-order mark, for Excel").startsWith("\uFEFF");
        return TableExport.CSV.parse(new StringReader(body.substring(1))).getRecords();
    }

    /** The request with {@code export=xlsx}, opened as a workbook. */
    public static XSSFWorkbook xlsx(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.param("export", "xlsx")).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(response.getHeader("Content-Disposition")).contains(".xlsx");
        return new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
    }
}
