package be.brussels.international.coordination.dossier;

import be.brussels.international.coordination.partner.PartnerAdded;
import be.brussels.international.coordination.partner.PartnerChanged;
import be.brussels.international.coordination.partner.PartnerRefused;
import be.brussels.international.coordination.partner.PartnershipEnded;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A partner's dossier follows its partner, in the same transaction: created with it (vacant until the
 * coordinator assigns it), of its relation's kind, closed when the partnership ends (its holders stop that day,
 * in one decision whose reason is the end's).
 */
@Component
class PartnerDossiers {

    private final DossierRepository dossiers;

    private final ReassignmentRepository decisions;

    PartnerDossiers(DossierRepository dossiers, ReassignmentRepository decisions) {
        this.dossiers = dossiers;
        this.decisions = decisions;
    }

    @EventListener
    void onAdded(PartnerAdded added) {
        if (dossiers.existsByCode(added.partner().getSlug())) {
            // A thematic dossier has this code: the partner's dossier could not be named by its slug.
            throw new PartnerRefused("partner.refused.slugTaken", added.partner().getSlug()).onField("slug");
        }
        dossiers.save(new Dossier(added.partner()));
    }

    @EventListener
    void onChanged(PartnerChanged changed) {
        dossiers.findByPartnerId(changed.partner().getId()).ifPresent(Dossier::followPartner);
    }

    @EventListener
    void onEnded(PartnershipEnded ended) {
        dossiers.findByPartnerId(ended.partner().getId()).ifPresent(dossier -> {
            Reassignment decision = dossier.close(ended.on(), ended.reason(),
                    SecurityContextHolder.getContext().getAuthentication().getName());
            if (decision != null) {
                decisions.save(decision);
            }
        });
    }
}
