package be.brussels.international.coordination.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import be.brussels.international.coordination.Exports;
import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Export CSV" and "Export Excel" on the lists: what the filters show, headers in the reader's language. */
@IntegrationTest
@Transactional
@WithUserDetails("pgerard")
class ExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void visitsAsCsvKeepTheFiltersTheAccentsAndTheReadersLanguage() throws Exception {
        visit("quebec", "Délégation québécoise « Saint-Laurent »; 2e volet", LocalDate.of(2027, 5, 10), "CONFIRMED");
        visit("quebec", "Mission annulée", LocalDate.of(2027, 6, 1), "CANCELLED");
        visit("sofia", "Forum de Sofia", LocalDate.of(2026, 6, 1), "CONFIRMED");

        List<CSVRecord> rows = csv(get("/visits").param("partner", "quebec").param("status", "CONFIRMED")
                .param("lang", "nl").param("page", "3"));

        assertThat(rows.get(0).toList()).startsWith("Van", "Tot", "Titel").contains("Partner", "Status");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).toList()).startsWith("2027-05-10", "2027-05-11",
                "Délégation québécoise « Saint-Laurent »; 2e volet", "Quebec").contains("Bevestigd");
    }

    @Test
    void visitsAsExcelAreReadableWithRealDates() throws Exception {
        visit("quebec", "Délégation québécoise", LocalDate.of(2027, 5, 10), "PLANNED");

        try (XSSFWorkbook workbook = xlsx(get("/visits").param("partner", "quebec").param("lang", "en"))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(values(sheet.getRow(0))).startsWith("From", "To", "Title");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Cell start = sheet.getRow(1).getCell(0);
            assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 5, 10));
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Délégation québécoise");
            assertThat(values(sheet.getRow(1))).contains("Planned");
        }
    }

    @Test
    void everyListPageOffersBothExportsWithItsFilters() throws Exception {
        String page = mvc.perform(get("/visits?partner=quebec&page=2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("href=\"/visits?partner=quebec&amp;export=csv\"",
                "href=\"/visits?partner=quebec&amp;export=xlsx\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/partners", "/staff", "/visits", "/gifts", "/agreements", "/events", "/calls"})
    void everyListExportsInBothFormatsAndTheThreeLanguages(String list) throws Exception {
        String page = mvc.perform(get(list)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"" + list + "?export=csv\"", "href=\"" + list + "?export=xlsx\"");
        for (String language : List.of("fr", "nl", "en")) {
            List<CSVRecord> rows = csv(get(list).param("lang", language));
            assertThat(rows.get(0).toList()).as("headers in %s", language).isNotEmpty()
                    .allSatisfy(header -> assertThat(header).isNotBlank().doesNotContain("??"));
            try (XSSFWorkbook workbook = xlsx(get(list).param("lang", language))) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(values(sheet.getRow(0))).isEqualTo(rows.get(0).toList());
                assertThat(sheet.getLastRowNum()).as("as many rows as the CSV").isEqualTo(rows.size() - 1);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/workload", "/calls/summary"})
    @WithUserDetails("gclerckx")
    void theCoordinatorsTablesExportToo(String list) throws Exception {
        everyListExportsInBothFormatsAndTheThreeLanguages(list);
    }

    @Test
    @WithUserDetails("gclerckx")
    void theWorkloadExportCountsWhatEachPersonHolds() throws Exception {
        List<CSVRecord> rows = csv(get("/workload").param("lang", "en"));

        int total = rows.get(0).toList().indexOf("Total");
        CSVRecord florence = rows.stream().filter(row -> row.get(0).equals("Florence Vandernoot")).findFirst()
                .orElseThrow();
        long held = jdbc.queryForObject("""
                select count(*) from assignment a join staff_member s on s.id = a.staff_member_id
                 where s.username = 'fvandernoot' and a.valid_to is null""", Long.class);
        assertThat(Long.parseLong(florence.get(total))).isEqualTo(held);
    }

    @Test
    void theWorkloadExportIsTheCoordinatorsOnly() throws Exception {
        mvc.perform(get("/workload").param("export", "csv")).andExpect(status().isForbidden());
    }

    @Test
    void theSeededPartnersAreExportedWithTheirHolders() throws Exception {
        List<CSVRecord> rows = csv(get("/partners").param("q", "pekin"));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).toList()).startsWith("Nom", "Nom en français");
        assertThat(rows.get(1).toList()).startsWith("Pékin", "Pékin", "Peking", "Beijing");
        String holders = jdbc.queryForObject("""
                select string_agg(s.first_name || ' ' || s.last_name, ', ') from assignment a
                  join staff_member s on s.id = a.staff_member_id join dossier d on d.id = a.dossier_id
                  join partner p on p.id = d.partner_id where p.slug = 'beijing' and a.valid_to is null""", String.class);
        assertThat(rows.get(1).get(rows.get(1).size() - 1)).isEqualTo(holders);
    }

    @Test
    void exportsNameCountriesAsThePagesDoInTheReadersLanguage() throws Exception {
        assertThat(csv(get("/partners").param("q", "tokyo")).get(1).toList()).contains("Japon").doesNotContain("JP");
        assertThat(csv(get("/partners").param("q", "tokyo").param("lang", "nl")).get(1).toList()).contains("Japan");
        try (XSSFWorkbook workbook = xlsx(get("/partners").param("q", "quebec").param("lang", "en"))) {
            assertThat(values(workbook.getSheetAt(0).getRow(1))).contains("Canada").doesNotContain("CA");
        }
        jdbc.update("""
                insert into large_event (kind, title_fr, title_nl, title_en, starts_on, ends_on, city, country_code)
                values ('COLLOQUIUM', 'Colloque à Séoul', 'Colloquium', 'Colloquium', date '2027-03-01',
                        date '2027-03-02', 'Séoul', 'KR')""");
        assertThat(csv(get("/events").param("year", "2027")).stream().map(CSVRecord::toList))
                .anySatisfy(row -> assertThat(row).contains("Colloque à Séoul", "Corée du Sud"));
    }

    @Test
    void aPartnersTimelineExportsItsNotesVisitsAndDecisionsInTheReadersLanguage() throws Exception {
        jdbc.update("""
                insert into partner_note (partner_id, kind, occurred_on, summary, author)
                values ((select id from partner where slug = 'quebec'), 'MEETING', date '2027-04-02',
                        'Réunion « Montréal » ; suivi', 'fvandernoot')""");
        visit("quebec", "Délégation québécoise", LocalDate.of(2027, 5, 10), "CONFIRMED");

        List<CSVRecord> rows = csv(get("/partners/quebec/timeline").param("lang", "en"));

        assertThat(rows.get(0).toList()).containsExactly("Date", "Type", "What", "Title", "Text", "By");
        assertThat(rows.get(1).toList()).startsWith("2027-05-10", "Visit", "Confirmed", "Délégation québécoise");
        assertThat(rows.get(2).toList()).containsExactly("2027-04-02", "Note", "Meeting", "",
                "Réunion « Montréal » ; suivi", "Florence Vandernoot");
        assertThat(Html.parse(mvc.perform(get("/partners/quebec/timeline"))).select("a.export-xlsx").attr("href"))
                .isEqualTo("/partners/quebec/timeline?export=xlsx");
    }

    @Test
    void aPartnersContactsExportFromItsPage() throws Exception {
        jdbc.update("""
                insert into partner_contact (partner_id, name, function, email, language, from_on, to_on)
                values ((select id from partner where slug = 'quebec'), 'Hélène Côté', 'Déléguée générale',
                        'helene.cote@quebec.example', 'français', date '2024-01-01', date '2026-06-30')""");

        assertThat(Html.parse(mvc.perform(get("/partners/quebec"))).select("a.export-csv").attr("href"))
                .isEqualTo("/partners/quebec/contacts?export=csv");
        List<CSVRecord> rows = csv(get("/partners/quebec/contacts").param("lang", "nl"));

        assertThat(rows.get(0).toList()).startsWith("Naam").endsWith("Niet meer in functie sinds");
        assertThat(rows).anySatisfy(row -> assertThat(row.toList()).containsExactly("Hélène Côté",
                "Déléguée générale", "", "helene.cote@quebec.example", "", "français", "2024-01-01", "2026-06-30"));
        mvc.perform(get("/partners/atlantis/contacts").param("export", "csv")).andExpect(status().isNotFound());
    }

    @Test
    void aCallsApplicationsExportWithTheirAmountsAndStatus() throws Exception {
        long call = jdbc.queryForObject("""
                insert into call_for_projects (title_fr, title_nl, title_en, year, opens_on, deadline_on, budget, status)
                values ('Appel 2027', 'Oproep 2027', 'Call 2027', 2027, date '2027-01-01', date '2027-03-01', 100000, 'AWARDED')
                returning id""", Long.class);
        jdbc.update("""
                insert into project_application (call_id, partner_id, applicant, title, requested, granted, status)
                select ?, id, 'ONG Eau pour tous', 'Puits à Chennai', 40000, 30000.50, 'GRANTED'
                from partner where slug = 'chennai'""", call);

        assertThat(Html.parse(mvc.perform(get("/calls/" + call))).select("a.export-csv").attr("href"))
                .isEqualTo("/calls/" + call + "?export=csv");
        List<CSVRecord> rows = csv(get("/calls/" + call).param("lang", "en"));

        assertThat(rows.get(0).toList()).startsWith("Project", "Applicant organisation", "Partner");
        assertThat(rows.get(1).toList()).startsWith("Puits à Chennai", "ONG Eau pour tous", "Chennai", "40000.00",
                "30000.50").endsWith("Granted");
    }

    @Test
    void csvFormulaInjectionIsNeutralisedInEveryColumnOfEveryExportAndExcelKeepsTheText() throws Exception {
        jdbc.update("""
                insert into partner_contact (partner_id, name, function, organisation, email, phone, language, from_on)
                values ((select id from partner where slug = 'quebec'), '=HYPERLINK("http://x","y")', '+1+2',
                        '-2+3', 'a@example.org', '@SUM(1,2)', E'\tfrançais', date '2024-01-01')""");
        jdbc.update("""
                insert into partner_note (partner_id, kind, occurred_on, summary, author)
                values ((select id from partner where slug = 'quebec'), 'CALL', date '2026-01-02',
                        E'\r=1+1', 'pgerard')""");
        visit("quebec", "=cmd|' /C calc'!A0", LocalDate.of(2027, 5, 10), "CONFIRMED");

        List<String> contact = csv(get("/partners/quebec/contacts")).get(1).toList();
        assertThat(contact).startsWith("'=HYPERLINK(\"http://x\",\"y\")", "'+1+2", "'-2+3", "a@example.org",
                "'@SUM(1,2)", "'\tfrançais", "2024-01-01");
        assertThat(csv(get("/partners/quebec/timeline")).stream().map(CSVRecord::toList))
                .anySatisfy(row -> assertThat(row).contains("'\r=1+1"))
                .anySatisfy(row -> assertThat(row).contains("'=cmd|' /C calc'!A0"));
        assertThat(csv(get("/visits").param("partner", "quebec")).get(1).toList()).startsWith("2027-05-10",
                "2027-05-11", "'=cmd|' /C calc'!A0");
        try (XSSFWorkbook workbook = xlsx(get("/partners/quebec/contacts"))) {
            Cell name = workbook.getSheetAt(0).getRow(1).getCell(0);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
        }
    }

    List<CSVRecord> csv(MockHttpServletRequestBuilder request) throws Exception {
        return Exports.csv(mvc, request);
    }

    XSSFWorkbook xlsx(MockHttpServletRequestBuilder request) throws Exception {
        return Exports.xlsx(mvc, request);
    }

    static List<String> values(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                : cell.toString()));
        return values;
    }

    long visit(String partner, String title, LocalDate startsOn, String status) {
        return jdbc.queryForObject("""
                insert into delegation_visit (direction, kind, partner_id, title, starts_on, ends_on, logged_by, status)
                values ('INCOMING', 'WORKING', (select id from partner where slug = ?), ?, ?, ?, 'pgerard', ?)
                returning id""", Long.class, partner, title, startsOn, startsOn.plusDays(1), status);
    }
}
