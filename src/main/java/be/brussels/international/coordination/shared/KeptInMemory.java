package be.brussels.international.coordination.shared;

/**
 * Data an instance keeps in memory and reads again when it changes (the cell's names). Its version tells what was
 * computed from it apart from what was computed from an older read: the page cache keys its pages on it.
 */
public interface KeptInMemory {

    /** Moves whenever what is kept is read again. */
    long keptVersion();
}
