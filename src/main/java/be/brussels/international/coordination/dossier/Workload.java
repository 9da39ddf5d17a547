package be.brussels.international.coordination.dossier;

import java.util.List;
import java.util.Map;

import be.brussels.international.coordination.staff.StaffMember;

/** Who holds how many dossiers today, by kind, and which dossiers have no holder. */
public record Workload(List<PersonLoad> people, List<Dossier> withoutHolder) {

    public record PersonLoad(StaffMember member, Map<DossierKind, Long> counts) {

        public long count(DossierKind kind) {
            return counts.getOrDefault(kind, 0L);
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
