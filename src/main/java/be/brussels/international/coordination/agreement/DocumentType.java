package be.brussels.international.coordination.agreement;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Optional;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

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

    /** What an accepted archive may inflate to, all its entries together: far beyond any real document. */
    static final long MAX_INFLATED = 200L * 1024 * 1024;

    /** How much an entry of more than {@link #RATIO_CHECKED_ABOVE} bytes may inflate (XML: 10 to 20 times). */
    static final long MAX_RATIO = 200;

    private static final long RATIO_CHECKED_ABOVE = 1024 * 1024;

    private static final int MAX_ENTRIES = 10_000;

    private static final int CONTENT_TYPES_READ = 64 * 1024;

    private final String mediaType;

    DocumentType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * What the bytes are, if they are one of the accepted kinds. A ZIP is read from its central directory,
     * never inflated as a whole: only the {@code mimetype} entry (ODT) and {@code [Content_Types].xml}
     * (DOCX) are read, a few kilobytes at most. An archive whose entries say they would inflate to more than
     * {@link #MAX_INFLATED} bytes in all, or more than {@link #MAX_RATIO} times their compressed size, is
     * refused as such (a "zip bomb": 1 MB that inflates to 1 GB once took a minute of CPU to be refused).
     */
    public static Optional<DocumentType> of(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (!startsWith(content, ZIP_MAGIC)) {
            return Optional.empty();
        }
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            long inflated = 0;
            ZipArchiveEntry first = null;
            int entries = 0;
            for (Enumeration<ZipArchiveEntry> all = zip.getEntriesInPhysicalOrder(); all.hasMoreElements(); ) {
                ZipArchiveEntry entry = all.nextElement();
                if (first == null) {
                    first = entry;
                }
                long size = entry.getSize();
                long compressed = Math.max(entry.getCompressedSize(), 1);
                if (++entries > MAX_ENTRIES) {
                    throw new AgreementRefused("document.refused.entries", MAX_ENTRIES);
                }
                if (size < 0) {
                    throw new AgreementRefused("document.refused.compressed");
                }
                inflated += size;
                if (inflated > MAX_INFLATED || (size > RATIO_CHECKED_ABOVE && size / compressed > MAX_RATIO)) {
                    throw new AgreementRefused("document.refused.compressed");
                }
            }
            if (first != null && first.getName().equals("mimetype")) {
                String mimetype = new String(read(zip, first, 100), StandardCharsets.US_ASCII).trim();
                return mimetype.equals(ODT.mediaType) ? Optional.of(ODT) : Optional.empty();
            }
            ZipArchiveEntry contentTypes = zip.getEntry("[Content_Types].xml");
            boolean word = Collections.list(zip.getEntries()).stream().anyMatch(e -> e.getName().startsWith("word/"));
            if (contentTypes == null || !word) {
                return Optional.empty();
            }
            String declared = new String(read(zip, contentTypes, CONTENT_TYPES_READ), StandardCharsets.UTF_8);
            return declared.contains("wordprocessingml.document.main+xml") ? Optional.of(DOCX) : Optional.empty();
        }
        catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** At most {@code limit} bytes of an entry, whatever it claims to hold. */
    private static byte[] read(ZipFile zip, ZipArchiveEntry entry, int limit) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readNBytes(limit);
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
