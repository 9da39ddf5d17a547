package be.brussels.international.coordination.dossier;

import java.time.LocalDate;
import java.util.List;

/**
 * A change of holder decided for a later day, as the coordinator reads it: on that day, on that dossier, those whose
 * holding ends hand it to those whose holding starts (none starting: the dossier is left without holder). One
 * reassignment is one change, not the two holdings it touches (a handover of two dossiers read « 4 changes »).
 */
public record ScheduledChange(Dossier dossier, LocalDate on, List<Holding> ending, List<Holding> starting) {
}
