package be.brussels.international.coordination.agreement;

import be.brussels.international.coordination.dossier.DossierQueries;
import be.brussels.international.coordination.partner.Partner;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may change a partner's agreements: the holders of its dossier today, and COORDINATOR (and ADMIN,
 * above it) for every partner. Row rights, checked by the service itself.
 */
@Component
public class EditRights {

    private final DossierQueries dossiers;

    private final RoleHierarchy roles;

    EditRights(DossierQueries dossiers, RoleHierarchy roles) {
        this.dossiers = dossiers;
        this.roles = roles;
    }

    /** For templates and services alike: may the current user change this partner's agreements? */
    public boolean canEdit(Partner partner) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated()) {
            return false;
        }
        boolean coordinator = roles.getReachableGrantedAuthorities(user.getAuthorities()).stream()
                .map(GrantedAuthority::getAuthority).anyMatch("ROLE_COORDINATOR"::equals);
        return coordinator || dossiers.partnerIdsHeldBy(user.getName()).contains(partner.getId());
    }

    void check(Partner partner) {
        if (!canEdit(partner)) {
            throw new AccessDeniedException("Not a holder of " + partner.getSlug());
        }
    }
}
