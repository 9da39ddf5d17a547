package be.brussels.international.coordination.visit;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import be.brussels.international.coordination.shared.Languages;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** An interpreter engaged for a visit, and the programme items they work at; changed only through its visit. */
@Entity
@Table(name = "visit_interpreter")
@Audited
public class VisitInterpreter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id")
    private DelegationVisit visit;

    private String name;

    private String languages;

    @ManyToMany
    @JoinTable(name = "visit_interpreter_item", joinColumns = @JoinColumn(name = "interpreter_id"),
            inverseJoinColumns = @JoinColumn(name = "item_id"))
    private Set<ProgrammeItem> items = new LinkedHashSet<>();

    protected VisitInterpreter() {
    }

    VisitInterpreter(DelegationVisit visit, InterpreterDetails details, Set<ProgrammeItem> items) {
        this.visit = visit;
        change(details, items);
    }

    void change(InterpreterDetails details, Set<ProgrammeItem> newItems) {
        this.name = details.name();
        this.languages = details.languages();
        this.items.clear();
        this.items.addAll(newItems);
    }

    /** The item is removed from the programme. */
    void leave(ProgrammeItem item) {
        items.remove(item);
    }

    public Long getId() {
        return id;
    }

    /** By name as every list orders names ({@link Languages#NAMES}), then in the order they were added. */
    static Comparator<VisitInterpreter> byName() {
        return Comparator.comparing(VisitInterpreter::getName, Languages.NAMES)
                .thenComparing(VisitInterpreter::getId, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    public String getName() {
        return name;
    }

    public String getLanguages() {
        return languages;
    }

    /** The items they work at, in the order of the programme. */
    public List<ProgrammeItem> getItems() {
        return items.stream().sorted(Comparator.comparing(ProgrammeItem::getDay)
                .thenComparing(ProgrammeItem::getStartsAt)).toList();
    }

    public boolean works(ProgrammeItem item) {
        return items.contains(item);
    }
}
