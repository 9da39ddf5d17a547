package be.brussels.international.coordination.communication;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * An image of an edition, kept in the database as uploaded (PNG, JPEG or GIF, recognised from its first bytes)
 * and served from the public prefix under an address that names its content's hash: never changed, only added.
 */
@Entity
@Table(name = "edition_image")
@Audited
public class EditionImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "edition_id")
    private long editionId;

    private String name;

    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @NotAudited
    private byte[] content;

    private String sha256;

    private String uploadedBy;

    private Instant uploadedAt;

    protected EditionImage() {
    }

    EditionImage(long editionId, String name, String contentType, byte[] content, String sha256, String uploadedBy,
            Instant uploadedAt) {
        this.editionId = editionId;
        this.name = name;
        this.contentType = contentType;
        this.content = content;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** Its public address: the id and the start of the hash (an address cannot be guessed from another). */
    public String getPath() {
        return Markdown.IMAGE_PATH + id + "-" + sha256.substring(0, 16) + extension();
    }

    private String extension() {
        return switch (contentType) {
            case "image/png" -> ".png";
            case "image/gif" -> ".gif";
            default -> ".jpg";
        };
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
