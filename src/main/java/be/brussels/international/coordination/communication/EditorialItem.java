package be.brussels.international.coordination.communication;

import java.time.Instant;

import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.shared.BaseEntity;
import be.brussels.international.coordination.shared.Refused;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * Something the cell plans to publish on its website, its X account or in the newsletter: when (Brussels
 * time), what, about which partner, and where it stands. Approved by the coordinator; a change to the text of
 * an approved item sends it back to draft, to be approved again.
 */
@Entity
@Table(name = "editorial_item")
@Audited
public class EditorialItem extends BaseEntity {

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private Instant plannedAt;

    @Enumerated(EnumType.STRING)
    private EditorialStatus status;

    private String title;

    @Column(name = "body")
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "visit_id")
    private Long visitId;

    private String approvedBy;

    private Instant approvedAt;

    private String createdBy;

    protected EditorialItem() {
    }

    EditorialItem(EditorialDetails details, Partner partner, String createdBy) {
        this.status = EditorialStatus.IDEA;
        this.createdBy = createdBy;
        change(details, partner);
    }

    /** New details; an approved item whose text, title, time or channel changed needs approving again. */
    void change(EditorialDetails details, Partner partner) {
        if (details.channel() == Channel.X && XText.length(details.text()) > XText.LIMIT) {
            throw new Refused("editorial.x.tooLong", XText.length(details.text()), XText.LIMIT).onField("text");
        }
        // An approved item changed is approved again; a published one is corrected as it stands.
        boolean substance = status == EditorialStatus.APPROVED
                && (!same(text, details.text()) || !same(title, details.title()) || !details.plannedAt().equals(plannedAt)
                        || details.channel() != channel);
        this.channel = details.channel();
        this.plannedAt = details.plannedAt();
        this.title = details.title();
        this.text = details.text();
        this.partner = partner;
        this.eventId = details.event();
        this.visitId = details.visit();
        if (substance) {
            status = EditorialStatus.DRAFT;
            approvedBy = null;
            approvedAt = null;
        }
    }

    /** The next step: an idea is drafted; a draft is approved (the coordinator's); an approved item published. */
    void advance(String by, Instant at, boolean coordinator) {
        switch (status) {
            case IDEA -> status = EditorialStatus.DRAFT;
            case DRAFT -> {
                if (!coordinator) {
                    throw new Refused("editorial.refused.approval");
                }
                if (text == null || text.isBlank()) {
                    throw new Refused("editorial.refused.noText");
                }
                status = EditorialStatus.APPROVED;
                approvedBy = by;
                approvedAt = at;
            }
            case APPROVED -> status = EditorialStatus.PUBLISHED;
            case PUBLISHED -> throw new Refused("editorial.refused.published");
        }
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    public Channel getChannel() {
        return channel;
    }

    public Instant getPlannedAt() {
        return plannedAt;
    }

    public EditorialStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public Partner getPartner() {
        return partner;
    }

    public Long getEventId() {
        return eventId;
    }

    public Long getVisitId() {
        return visitId;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    /** The X length of its text (for an X post). */
    public int getXLength() {
        return XText.length(text);
    }
}
