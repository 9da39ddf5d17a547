package be.brussels.international.coordination.dossier;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.partner.PartnerChoice;
import be.brussels.international.coordination.shared.ReaderRoles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may change what the cell records about a partner (agreements, contacts, notes): the holders of its
 * dossier today, and COORDINATOR (and ADMIN, above it) for every partner. Row rights, checked by the
 * services themselves and used by templates to offer only what is allowed ({@code @partnerEditRights}).
 */
@Component
public class PartnerEditRights {

    private final DossierQueries dossiers;

    private final ReaderRoles roles;

    PartnerEditRights(DossierQueries dossiers, ReaderRoles roles) {
        this.dossiers = dossiers;
        this.roles = roles;
    }

    /** May the current user change what is recorded about this partner? */
    public boolean canEdit(Partner partner) {
        return reader().map(name -> roles.has("COORDINATOR") || dossiers.partnerIdsHeldBy(name).contains(partner.getId()))
                .orElse(false);
    }

    /**
     * The same, for a partner whose dossier's holdings the caller has already read ({@link
     * DossierQueries#currentHoldingsOf}): no statement of its own.
     */
    public boolean canEdit(List<Holding> holdingsOfItsDossier) {
        return reader().map(name -> roles.has("COORDINATOR") || dossiers.heldTodayBy(holdingsOfItsDossier, name))
                .orElse(false);
    }

    /**
     * Among a form's partners, those the current user may record for: a new record's form offers no partner its
     * saving would refuse (an attaché saw every partner, chose another holder's, and met « access denied »).
     */
    public List<PartnerChoice> editableAmong(List<PartnerChoice> choices) {
        if (roles.has("COORDINATOR")) {
            return choices;
        }
        Set<String> held = reader().map(name -> Set.copyOf(dossiers.partnerSlugsHeldBy(name))).orElse(Set.of());
        return choices.stream().filter(choice -> held.contains(choice.slug())).toList();
    }

    /** The signed-in reader's login, if someone is signed in. */
    private static Optional<String> reader() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user == null || !user.isAuthenticated() ? Optional.empty() : Optional.of(user.getName());
    }

    /** Refuses (403) when the current user may not change what is recorded about this partner. */
    public void check(Partner partner) {
        if (!canEdit(partner)) {
            throw new AccessDeniedException("Not a holder of " + partner.getSlug());
        }
    }
}
