package be.brussels.international.coordination.cooperation;

import be.brussels.international.coordination.partner.PartnerChanged;
import be.brussels.international.coordination.partner.PartnerRefused;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A partner with projects of the development cooperation stays a partner of the development cooperation: its page
 * shows its projects, the home page the reports due of the development-cooperation dossiers a person holds, and
 * calls take applications from those partners only (CallForProjects.receive). Asked in the change's transaction.
 */
@Component
class PartnersWithProjects {

    private final ProjectRepository projects;

    PartnersWithProjects(ProjectRepository projects) {
        this.projects = projects;
    }

    @EventListener
    void onChanged(PartnerChanged changed) {
        if (!changed.partner().isDevelopmentCooperation() && projects.existsByPartnerId(changed.partner().getId())) {
            throw new PartnerRefused("partner.refused.hasProjects").onField("developmentCooperation");
        }
    }
}
