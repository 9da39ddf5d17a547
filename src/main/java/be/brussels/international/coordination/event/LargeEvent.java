package be.brussels.international.coordination.event;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.shared.BaseEntity;
import be.brussels.international.coordination.shared.LocalizedText;
import be.brussels.international.coordination.staff.StaffMember;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A large event the Region takes part in (an expo, Brussels Days, eat! BRUSSELS, a colloquium...), with the
 * partners and the members of the cell involved. ("Event" alone would clash with Spring's and the JDK's.)
 */
@Entity
@Table(name = "large_event")
@Audited
public class LargeEvent extends BaseEntity {

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    @Embedded
    @AttributeOverride(name = "fr", column = @Column(name = "title_fr"))
    @AttributeOverride(name = "nl", column = @Column(name = "title_nl"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    private LocalizedText title;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private String city;

    private String countryCode;

    @Enumerated(EnumType.STRING)
    private EventStatus status;

    private String notes;

    @ManyToMany
    @JoinTable(name = "large_event_partner", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "partner_id"))
    private Set<Partner> partners = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "large_event_staff", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "staff_member_id"))
    private Set<StaffMember> staff = new LinkedHashSet<>();

    protected LargeEvent() {
    }

    LargeEvent(EventDetails details, Set<Partner> partners, Set<StaffMember> staff) {
        apply(details, partners, staff);
    }

    void update(EventDetails details, Set<Partner> newPartners, Set<StaffMember> newStaff) {
        apply(details, newPartners, newStaff);
    }

    private void apply(EventDetails details, Set<Partner> newPartners, Set<StaffMember> newStaff) {
        if (details.endsOn().isBefore(details.startsOn())) {
            throw new EventRefused("event.refused.endBeforeStart");
        }
        this.kind = details.kind();
        this.title = new LocalizedText(details.titleFr(), details.titleNl(), details.titleEn());
        this.startsOn = details.startsOn();
        this.endsOn = details.endsOn();
        this.city = details.city();
        this.countryCode = details.countryCode();
        this.status = details.status() == null ? EventStatus.PLANNED : details.status();
        this.notes = details.notes();
        this.partners.clear();
        this.partners.addAll(newPartners);
        this.staff.clear();
        this.staff.addAll(newStaff);
    }

    public EventKind getKind() {
        return kind;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getCity() {
        return city;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public EventStatus getStatus() {
        return status;
    }

    public String getNotes() {
        return notes;
    }

    public Set<Partner> getPartners() {
        return Set.copyOf(partners);
    }

    /** The partners involved, by name in the reader's language. */
    public List<Partner> partnersIn(Locale locale) {
        return partners.stream().sorted(Partner.byName(locale)).toList();
    }

    public Set<StaffMember> getStaff() {
        return Set.copyOf(staff);
    }
}
