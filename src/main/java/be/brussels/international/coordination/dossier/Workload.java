package be.brussels.international.coordination.dossier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import be.brussels.international.coordination.staff.StaffMember;

/** Who holds how many dossiers today, by kind, and which dossiers have no holder. */
public record Workload(List<PersonLoad> people, List<Dossier> withoutHolder) {

    /** The columns the table of people can be sorted by: the name, each kind of dossier, the total. */
    public static final List<String> SORTABLE = Stream.concat(Stream.concat(Stream.of("name"),
            Arrays.stream(DossierKind.values()).map(DossierKind::name)), Stream.of("total")).toList();

    /**
     * The same workload, people ordered by one of the {@link #SORTABLE} columns, people with the same count
     * by name; by name when no column is chosen.
     */
    public Workload sortedBy(String column, boolean descending) {
        if (column == null || !SORTABLE.contains(column) || column.equals("name")) {
            return descending && "name".equals(column) ? new Workload(reversed(people), withoutHolder) : this;
        }
        Comparator<PersonLoad> order = Comparator.comparingLong(column.equals("total") ? PersonLoad::total
                : load -> load.count(DossierKind.valueOf(column)));
        List<PersonLoad> sorted = new ArrayList<>(people);
        // A stable sort: equal counts keep the order by name.
        sorted.sort(descending ? order.reversed() : order);
        return new Workload(List.copyOf(sorted), withoutHolder);
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return List.copyOf(copy);
    }

    public record PersonLoad(StaffMember member, Map<DossierKind, Long> counts) {

        public long count(DossierKind kind) {
            return counts.getOrDefault(kind, 0L);
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
