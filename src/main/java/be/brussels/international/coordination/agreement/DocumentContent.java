package be.brussels.international.coordination.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** The bytes of a document, apart so that no list loads them. Audited as a row; the bytes are not copied. */
@Entity
@Table(name = "agreement_document_content")
@Audited
public class DocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @NotAudited
    private byte[] content;

    protected DocumentContent() {
    }

    DocumentContent(Long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }

    public byte[] getContent() {
        return content;
    }
}
