package be.brussels.international.coordination.dossier.web;

import be.brussels.international.coordination.dossier.DossierKind;
import be.brussels.international.coordination.dossier.Reassignments;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The coordinator's view of who holds how much, and of the dossiers nobody holds. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class WorkloadController {

    private final Reassignments reassignments;

    WorkloadController(Reassignments reassignments) {
        this.reassignments = reassignments;
    }

    @GetMapping("/workload")
    String workload(Model model) {
        model.addAttribute("workload", reassignments.workload());
        model.addAttribute("kinds", DossierKind.values());
        return "dossier/workload";
    }
}
