package be.brussels.international.coordination.visit;

import java.util.Set;

/** An interpreter of a visit: who, which languages (as the protocol office writes them), at which items. */
public record InterpreterDetails(String name, String languages, Set<Long> itemIds) {

    public InterpreterDetails {
        itemIds = itemIds == null ? Set.of() : Set.copyOf(itemIds);
    }
}
