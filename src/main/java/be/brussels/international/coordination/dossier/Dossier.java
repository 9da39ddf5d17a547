package be.brussels.international.coordination.dossier;

import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.shared.BaseEntity;
import be.brussels.international.coordination.shared.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A file of work held by staff: one per partner relationship (bilateral or development cooperation), or
 * thematic (protocol, state visits, Brussels Days...). A partner dossier is named by its partner.
 */
@Entity
@Table(name = "dossier")
public class Dossier extends BaseEntity {

    private String code;

    @Enumerated(EnumType.STRING)
    private DossierKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @Embedded
    @AttributeOverride(name = "fr", column = @Column(name = "title_fr"))
    @AttributeOverride(name = "nl", column = @Column(name = "title_nl"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    private LocalizedText title;

    protected Dossier() {
    }

    public String getCode() {
        return code;
    }

    public DossierKind getKind() {
        return kind;
    }

    /** The partner of a bilateral or development-cooperation dossier; null for a thematic one. */
    public Partner getPartner() {
        return partner;
    }

    /** The partner's name for a partner dossier, the dossier's own title for a thematic one. */
    public LocalizedText getName() {
        return partner != null ? partner.getName() : title;
    }
}
