package be.brussels.international.coordination.communication;

import java.util.Set;

import be.brussels.international.coordination.dossier.DossierQueries;
import be.brussels.international.coordination.shared.ReaderRoles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who runs the cell's communication (subscribers, the editorial calendar): the holders of the communication
 * dossier, and the coordinator — who alone approves what is published.
 */
@Component
public class CommunicationRights {

    /** The dossier whose holders run the cell's communication. */
    public static final String COMMUNICATION_DOSSIER = "communication";

    private final DossierQueries dossiers;

    private final ReaderRoles roles;

    CommunicationRights(DossierQueries dossiers, ReaderRoles roles) {
        this.dossiers = dossiers;
        this.roles = roles;
    }

    @Transactional(readOnly = true)
    public boolean canManage() {
        var reader = SecurityContextHolder.getContext().getAuthentication();
        return reader != null && (isCoordinator()
                || dossiers.holdsAnyOf(reader.getName(), Set.of(COMMUNICATION_DOSSIER)));
    }

    /** Refuses (403) unless {@link #canManage()}: asked before anything is read or checked. */
    public void checkCanManage() {
        if (!canManage()) {
            throw new AccessDeniedException("Neither a holder of the communication dossier nor the coordinator");
        }
    }

    public boolean isCoordinator() {
        return roles.has("COORDINATOR");
    }
}
