package be.brussels.international.coordination.visit;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** An item of a visit's programme, changed only through its visit. Times are local to where it takes place. */
@Entity
@Table(name = "programme_item")
@Audited
public class ProgrammeItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id")
    private DelegationVisit visit;

    private LocalDate day;

    private LocalTime startsAt;

    private LocalTime endsAt;

    private String activity;

    private String venue;

    private String participants;

    private boolean interpreter;

    private boolean press;

    /** A police escort (requested from the crisis centre) for this item's journey. */
    private boolean escort;

    protected ProgrammeItem() {
    }

    ProgrammeItem(DelegationVisit visit, ItemDetails details) {
        this.visit = visit;
        change(details);
    }

    void change(ItemDetails details) {
        this.day = details.day();
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.activity = details.activity();
        this.venue = details.venue();
        this.participants = details.participants();
        this.interpreter = details.interpreter();
        this.press = details.press();
        this.escort = details.escort();
    }

    /** Shares some time with the other item, on the same day. */
    boolean overlaps(ProgrammeItem other) {
        return other != this && day.equals(other.day) && startsAt.isBefore(other.endsAt)
                && other.startsAt.isBefore(endsAt);
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDay() {
        return day;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public String getActivity() {
        return activity;
    }

    public String getVenue() {
        return venue;
    }

    public String getParticipants() {
        return participants;
    }

    public boolean isInterpreter() {
        return interpreter;
    }

    public boolean isPress() {
        return press;
    }

    public boolean isEscort() {
        return escort;
    }
}
