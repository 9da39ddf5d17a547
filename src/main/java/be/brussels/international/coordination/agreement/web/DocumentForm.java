package be.brussels.international.coordination.agreement.web;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

/**
 * A document uploaded to an agreement: the file, its label, the document it replaces (if any). What the file
 * may be (type, size, content) is checked by the agreement module when it is stored.
 */
class DocumentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient MultipartFile file;

    private String label;

    private Long replaces;

    String fileName() {
        return file == null || file.isEmpty() ? null : file.getOriginalFilename();
    }

    byte[] bytes() {
        try {
            return file == null || file.isEmpty() ? null : file.getBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Long getReplaces() {
        return replaces;
    }

    public void setReplaces(Long replaces) {
        this.replaces = replaces;
    }
}
