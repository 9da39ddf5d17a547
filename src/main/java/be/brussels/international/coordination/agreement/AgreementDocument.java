package be.brussels.international.coordination.agreement;

import java.time.Instant;

import be.brussels.international.coordination.shared.Brussels;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A signed text or an annex of an agreement (its bytes are in {@link DocumentContent}). Never changed. */
@Entity
@Table(name = "agreement_document")
@Audited
public class AgreementDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    private String label;

    private String fileName;

    private String mediaType;

    private long sizeBytes;

    private String sha256;

    /** The older version this one replaces; that version stays, downloadable. */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaces_id")
    private AgreementDocument replaces;

    private String uploadedBy;

    private Instant uploadedAt;

    protected AgreementDocument() {
    }

    AgreementDocument(Agreement agreement, String label, String fileName, DocumentType type, long sizeBytes,
            String sha256, AgreementDocument replaces, String uploadedBy) {
        this.agreement = agreement;
        this.label = label;
        this.fileName = fileName;
        this.mediaType = type.mediaType();
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.replaces = replaces;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public String getLabel() {
        return label;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public AgreementDocument getReplaces() {
        return replaces;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    /** The day it was uploaded, in Brussels. */
    public java.time.LocalDate getUploadedOn() {
        return uploadedAt.atZone(Brussels.ZONE).toLocalDate();
    }
}
