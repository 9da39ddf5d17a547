package be.brussels.international.coordination.agreement;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import be.brussels.international.coordination.dossier.PartnerEditRights;
import be.brussels.international.coordination.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents of agreements: signed texts and annexes, PDF, DOCX or ODT as their content says, up to a size
 * limit, stored in PostgreSQL. Everyone reads them; those who may change the partner's agreements upload.
 */
@Service
@Transactional
@PreAuthorize("hasRole('STAFF')")
public class AgreementDocuments {

    /** A document and whether a newer version replaced it. */
    public record Version(AgreementDocument document, boolean replaced) {
    }

    /** A document's bytes and what to call them when downloaded. */
    public record Download(String fileName, String mediaType, byte[] content) {
    }

    private final DocumentRepository documents;

    private final DocumentContentRepository contents;

    private final AgreementRepository agreements;

    private final PartnerEditRights rights;

    private final long maxBytes;

    AgreementDocuments(DocumentRepository documents, DocumentContentRepository contents,
            AgreementRepository agreements, PartnerEditRights rights,
            @Value("${coordination.documents.max-bytes:20971520}") long maxBytes) {
        this.documents = documents;
        this.contents = contents;
        this.agreements = agreements;
        this.rights = rights;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Every version, newest first, each marked when a newer one replaced it. */
    @Transactional(readOnly = true)
    public List<Version> of(long agreementId) {
        List<AgreementDocument> all = documents.findByAgreementId(agreementId);
        java.util.Set<Long> replaced = new java.util.HashSet<>();
        all.stream().filter(d -> d.getReplaces() != null).forEach(d -> replaced.add(d.getReplaces().getId()));
        return all.stream().map(d -> new Version(d, replaced.contains(d.getId()))).toList();
    }

    /**
     * Stores the file if its content is an accepted kind and it is not too large; otherwise refuses and stores
     * nothing. {@code replacesId}: the older version of the same document, which stays.
     */
    public long upload(long agreementId, String label, String fileName, byte[] content, Long replacesId) {
        Agreement agreement = agreements.findById(agreementId)
                .orElseThrow(() -> new NotFoundException("Agreement", agreementId));
        rights.check(agreement.getPartner());
        if (content == null || content.length == 0) {
            throw new AgreementRefused("document.refused.empty").onField("file");
        }
        if (content.length > maxBytes) {
            throw new AgreementRefused("document.refused.tooLarge", maxBytes / (1024 * 1024)).onField("file");
        }
        DocumentType type;
        try {
            type = DocumentType.of(content).orElseThrow(() -> new AgreementRefused("document.refused.type"));
        }
        catch (AgreementRefused refused) {
            throw refused.onField("file");
        }
        AgreementDocument replaces = null;
        if (replacesId != null) {
            replaces = documents.findById(replacesId)
                    .filter(d -> d.getAgreement().getId().equals(agreementId))
                    .orElseThrow(() -> new AgreementRefused("document.refused.replaces").onField("replaces"));
            if (documents.isReplaced(replacesId)) {
                throw new AgreementRefused("document.refused.alreadyReplaced").onField("replaces");
            }
        }
        String name = fileName == null || fileName.isBlank() ? "document" : fileName.replaceAll("[\\\\/\\r\\n\"]", "_");
        if (name.length() > 300) {
            name = name.substring(name.length() - 300);
        }
        if (label != null && label.length() > 300) {
            throw new AgreementRefused("document.refused.label").onField("label");
        }
        AgreementDocument document = documents.save(new AgreementDocument(agreement,
                label == null || label.isBlank() ? name : label.trim(), name, type, content.length, sha256(content),
                replaces, SecurityContextHolder.getContext().getAuthentication().getName()));
        contents.save(new DocumentContent(document.getId(), content));
        return document.getId();
    }

    @Transactional(readOnly = true)
    public Optional<Download> download(long agreementId, long documentId) {
        return documents.findById(documentId).filter(d -> d.getAgreement().getId().equals(agreementId))
                .flatMap(d -> contents.findById(d.getId())
                        .map(c -> new Download(d.getFileName(), d.getMediaType(), c.getContent())));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
