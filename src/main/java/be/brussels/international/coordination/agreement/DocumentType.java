package be.brussels.international.coordination.agreement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file the register accepts, recognised by their content, never by their name: a PDF starts
 * with {@code %PDF-}; a Word document (DOCX) is a ZIP holding {@code [Content_Types].xml} and a
 * {@code word/} part; an OpenDocument text (ODT) is a ZIP whose {@code mimetype} entry says so.
 */
public enum DocumentType {

    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ODT("application/vnd.oasis.opendocument.text");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

    private final String mediaType;

    DocumentType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** What the bytes are, if they are one of the accepted kinds. */
    public static Optional<DocumentType> of(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (!startsWith(content, ZIP_MAGIC)) {
            return Optional.empty();
        }
        boolean contentTypes = false;
        boolean word = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int i = 0; (entry = zip.getNextEntry()) != null && i < 10_000; i++) {
                String name = entry.getName();
                if (i == 0 && name.equals("mimetype")) {
                    String mimetype = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
                    return mimetype.equals(ODT.mediaType) ? Optional.of(ODT) : Optional.empty();
                }
                contentTypes |= name.equals("[Content_Types].xml");
                word |= name.startsWith("word/");
            }
        }
        catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return contentTypes && word ? Optional.of(DOCX) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
