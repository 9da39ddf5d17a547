package be.brussels.international.coordination.dossier.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.dossier.DossierKind;
import be.brussels.international.coordination.dossier.DossierQueries;
import be.brussels.international.coordination.dossier.Reassignments;
import be.brussels.international.coordination.dossier.Workload;
import be.brussels.international.coordination.shared.ListSort;
import be.brussels.international.coordination.shared.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static be.brussels.international.coordination.shared.TableExport.column;

/** The coordinator's view of who holds how much, and of the dossiers nobody holds. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class WorkloadController {

    private final Reassignments reassignments;

    private final DossierQueries dossiers;

    private final TableExport export;

    WorkloadController(Reassignments reassignments, DossierQueries dossiers, TableExport export) {
        this.reassignments = reassignments;
        this.dossiers = dossiers;
        this.export = export;
    }

    /** Who holds how many dossiers of each kind, as {@code ?export=csv} or {@code ?export=xlsx}. */
    @GetMapping(value = "/workload", params = "export")
    void export(@RequestParam(required = false) String sort, @RequestParam("export") String format, Locale locale,
            HttpServletResponse response) throws IOException {
        ListSort sorting = ListSort.of(sort, Workload.SORTABLE);
        List<TableExport.Column<Workload.PersonLoad>> columns = new ArrayList<>();
        columns.add(column("staff.name", load -> load.member().getFullName()));
        for (DossierKind kind : DossierKind.values()) {
            columns.add(column("dossier.kind." + kind, load -> load.count(kind)));
        }
        columns.add(column("workload.total", Workload.PersonLoad::total));
        export.write(TableExport.Format.of(format), "workload", columns, reassignments.workload().sortedBy(sorting.column(), sorting.descending()).people()::forEach,
                locale, response);
    }

    @GetMapping("/workload")
    String workload(@RequestParam(required = false) String sort, Model model) {
        ListSort sorting = ListSort.of(sort, Workload.SORTABLE);
        model.addAttribute("sorting", sorting);
        model.addAttribute("workload", reassignments.workload().sortedBy(sorting.column(), sorting.descending()));
        model.addAttribute("kinds", DossierKind.values());
        model.addAttribute("scheduled", dossiers.scheduledChanges());
        return "dossier/workload";
    }
}
