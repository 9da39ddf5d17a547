package be.brussels.international.coordination.dossier.web;

import be.brussels.international.coordination.dossier.Dossier;
import be.brussels.international.coordination.dossier.DossierQueries;
import be.brussels.international.coordination.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class DossierController {

    private final DossierQueries dossiers;

    DossierController(DossierQueries dossiers) {
        this.dossiers = dossiers;
    }

    /** A dossier: its current holders and its whole history of assignments. */
    @GetMapping("/dossiers/{code}")
    String show(@PathVariable String code, Model model) {
        Dossier dossier = dossiers.findByCode(code).orElseThrow(() -> new NotFoundException("Dossier", code));
        model.addAttribute("dossier", dossier);
        model.addAttribute("current", dossiers.currentHoldingsOf(dossier));
        model.addAttribute("history", dossiers.historyOf(dossier));
        model.addAttribute("latest", dossiers.latestDecisionOf(dossier).orElse(null));
        model.addAttribute("undo", new UndoForm());
        return "dossier/show";
    }
}
