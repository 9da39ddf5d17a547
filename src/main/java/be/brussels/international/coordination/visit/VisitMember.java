package be.brussels.international.coordination.visit;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A member of a delegation, changed only through its visit. */
@Entity
@Table(name = "visit_member")
@Audited
public class VisitMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id")
    private DelegationVisit visit;

    private String name;

    private String title;

    private String organisation;

    private int precedence;

    private String languageNeeds;

    private String dietaryNeeds;

    private String notes;

    protected VisitMember() {
    }

    VisitMember(DelegationVisit visit, MemberDetails details) {
        this.visit = visit;
        change(details);
    }

    void change(MemberDetails details) {
        this.name = details.name();
        this.title = details.title();
        this.organisation = details.organisation();
        this.precedence = details.precedence();
        this.languageNeeds = details.languageNeeds();
        this.dietaryNeeds = details.dietaryNeeds();
        this.notes = details.notes();
    }

    /** Its place in the order of precedence, when another member takes or leaves a rank. */
    void rank(int newPrecedence) {
        this.precedence = newPrecedence;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getOrganisation() {
        return organisation;
    }

    public int getPrecedence() {
        return precedence;
    }

    public String getLanguageNeeds() {
        return languageNeeds;
    }

    public String getDietaryNeeds() {
        return dietaryNeeds;
    }

    public String getNotes() {
        return notes;
    }
}
