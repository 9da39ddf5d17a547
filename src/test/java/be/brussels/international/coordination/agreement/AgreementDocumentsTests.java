package be.brussels.international.coordination.agreement;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.Refusals;
import be.brussels.international.coordination.IntegrationTest;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Uploads checked by content, stored in PostgreSQL, downloaded back, older versions kept. Rolled back. */
@IntegrationTest
@Transactional
@WithUserDetails("fvandernoot")
class AgreementDocumentsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSignedPdfIsUploadedAndDownloadedUnchanged() throws Exception {
        long id = quebec();
        byte[] pdf = pdf();
        mvc.perform(upload(id, "accord-signe.pdf", pdf).param("label", "Accord signé"))
                .andExpect(flash().attribute("success", "document.uploaded"));

        long documentId = jdbc.queryForObject("select id from agreement_document where label = 'Accord signé'", Long.class);
        byte[] downloaded = mvc.perform(get("/agreements/" + id + "/documents/" + documentId))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        assertThat(jdbc.queryForObject("select media_type from agreement_document where id = ?", String.class,
                documentId)).isEqualTo("application/pdf");
    }

    @Test
    void wordAndOpenDocumentFilesAreRecognisedByTheirContent() throws Exception {
        long id = quebec();
        mvc.perform(upload(id, "annexe.bin", docx())).andExpect(flash().attribute("success", "document.uploaded"));
        mvc.perform(upload(id, "annexe2", odt())).andExpect(flash().attribute("success", "document.uploaded"));
        assertThat(jdbc.queryForList("select media_type from agreement_document order by id", String.class))
                .containsExactly("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "application/vnd.oasis.opendocument.text");
    }

    @Test
    void aZipBombIsRefusedFromItsDirectoryWithoutBeingInflated() throws Exception {
        long id = quebec();
        byte[] bomb = bomb(64);
        assertThat(bomb.length).as("a small file").isLessThan(1024 * 1024);
        mvc.perform(upload(id, "annexe.docx", bomb)).andExpect(refusedOn("file", "document.refused.compressed"));
        assertThat(jdbc.queryForObject("select count(*) from agreement_document", Integer.class)).isZero();
    }

    @Test
    void aFileWithALyingNameIsRefusedAndNothingIsStored() throws Exception {
        long id = quebec();
        mvc.perform(upload(id, "accord.pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)))
                .andExpect(refusedOn("file", "document.refused.type"));
        mvc.perform(upload(id, "vide.pdf", new byte[0])).andExpect(refusedOn("file", "document.refused.empty"));
        assertThat(jdbc.queryForObject("select count(*) from agreement_document", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from agreement_document_content", Integer.class)).isZero();
    }

    @Test
    void aTooLargeFileIsRefused() throws Exception {
        long id = quebec();
        byte[] large = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 5);
        mvc.perform(upload(id, "enorme.pdf", large)).andExpect(refusedOn("file", "document.refused.tooLarge"));
        assertThat(jdbc.queryForObject("select count(*) from agreement_document", Integer.class)).isZero();
    }

    @Test
    void aNewVersionReplacesTheOldOneWhichStays() throws Exception {
        long id = quebec();
        mvc.perform(upload(id, "v1.pdf", pdf()).param("label", "Accord")).andExpect(status().isFound());
        long first = jdbc.queryForObject("select id from agreement_document", Long.class);
        mvc.perform(upload(id, "v2.pdf", pdf()).param("label", "Accord (version signée)")
                .param("replaces", String.valueOf(first))).andExpect(flash().attribute("success", "document.uploaded"));
        mvc.perform(upload(id, "v3.pdf", pdf()).param("replaces", String.valueOf(first)))
                .andExpect(refusedOn("replaces", "document.refused.alreadyReplaced"));

        Document page = Html.parse(mvc.perform(get("/agreements/" + id)));
        assertThat(Html.texts(page, "#document-list li")).hasSize(2)
                .anyMatch(line -> line.startsWith("Accord v1.pdf") && line.contains("version remplacée"))
                .anyMatch(line -> line.startsWith("Accord (version signée)") && !line.contains("remplacée"));
    }

    @Test
    @WithUserDetails("pgerard")
    void anotherHoldersPartnerCannotReceiveDocuments() throws Exception {
        mvc.perform(upload(quebec(), "a.pdf", pdf())).andExpect(status().isForbidden());
    }

    /** The upload is refused, the message beside that field of the form, which comes back to the page. */
    private static ResultMatcher refusedOn(String field, String code) {
        return result -> {
            assertThat(result.getFlashMap().get("failure")).isEqualTo("form.refused");
            assertThat(Refusals.fieldErrors(result, "upload")).containsEntry(field, code);
        };
    }

    private MockMultipartHttpServletRequestBuilder upload(long id, String name, byte[] content) {
        return multipart("/agreements/" + id + "/documents").file(new MockMultipartFile("file", name,
                "application/octet-stream", content)).with(csrf());
    }

    private long quebec() {
        return jdbc.queryForObject("select a.id from agreement a join partner p on p.id = a.partner_id"
                + " where p.slug = 'quebec'", Long.class);
    }

    private static byte[] pdf() throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A real Word document, as Apache POI writes one. */
    private static byte[] docx() throws Exception {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Annexe à l’accord");
            document.write(out);
            return out.toByteArray();
        }
    }

    /** A Word document whose first entry inflates to {@code megabytes} of zeros (a "zip bomb"). */
    private static byte[] bomb(int megabytes) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/media/image1.png"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] odt() throws Exception {
        return zip(new String[][] { { "mimetype", "application/vnd.oasis.opendocument.text" },
                { "content.xml", "<office:document-content/>" } });
    }

    private static byte[] zip(String[][] entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String[] entry : entries) {
                zip.putNextEntry(new ZipEntry(entry[0]));
                zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
