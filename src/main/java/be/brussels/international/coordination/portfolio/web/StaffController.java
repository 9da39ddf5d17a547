package be.brussels.international.coordination.portfolio.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.brussels.international.coordination.dossier.DossierQueries;
import be.brussels.international.coordination.portfolio.PersonPortfolio;
import be.brussels.international.coordination.shared.ListSort;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.PageLinks;
import be.brussels.international.coordination.shared.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import be.brussels.international.coordination.web.CachedPage;
import org.springframework.web.bind.annotation.RequestParam;
import be.brussels.international.coordination.staff.StaffDirectory;
import be.brussels.international.coordination.staff.EmailChange;
import be.brussels.international.coordination.staff.StaffMember;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import static be.brussels.international.coordination.shared.TableExport.column;
import static be.brussels.international.coordination.shared.TableExport.label;

@Controller
class StaffController {

    private final StaffDirectory staff;

    private final DossierQueries dossiers;

    private final PersonPortfolio people;

    private final TableExport export;

    private final Clock clock;

    StaffController(StaffDirectory staff, DossierQueries dossiers, PersonPortfolio people, TableExport export,
            Clock clock) {
        this.clock = clock;
        this.export = export;
        this.staff = staff;
        this.dossiers = dossiers;
        this.people = people;
    }

    /** Everyone in the cell, with the number of dossiers each holds today. */
    @CachedPage
    @GetMapping("/staff")
    String list(@RequestParam(required = false) String sort, @PageableDefault(size = 30) Pageable pageable,
            Locale locale, Model model) {
        ListSort sorting = ListSort.of(sort, StaffDirectory.SORTABLE);
        model.addAttribute("sorting", sorting);
        Page<StaffMember> page = sorted(sorting, locale, pageable);
        model.addAttribute("members", page.getContent());
        model.addAttribute("counts", dossiers.currentDossierCounts(page.map(StaffMember::getId).getContent()));
        model.addAttribute("paging", PageLinks.of(page));
        return "staff/list";
    }

    private record StaffRow(StaffMember member, long dossiers) {
    }

    /** Everyone in the cell as {@code ?export=csv} or {@code ?export=xlsx}. */
    @GetMapping(value = "/staff", params = "export")
    void export(@RequestParam(required = false) String sort, @RequestParam("export") String format, Locale locale,
            HttpServletResponse response) throws IOException {
        ListSort sorting = ListSort.of(sort, StaffDirectory.SORTABLE);
        export.write(TableExport.Format.of(format), "staff", List.<TableExport.Column<StaffRow>>of(
                column("staff.name", row -> row.member().getFullName()),
                column("staff.title", row -> row.member().getTitle().in(locale)),
                column("staff.email", row -> row.member().getEmail()),
                column("staff.dossiers", StaffRow::dossiers),
                column("export.staff.leftOn", row -> row.member().getLeftOn())),
                TableExport.pages(page -> sorted(sorting, locale, page), page -> {
                    Map<Long, Long> counts = dossiers.currentDossierCounts(
                            page.stream().map(StaffMember::getId).toList());
                    return page.stream().map(m -> new StaffRow(m, counts.getOrDefault(m.getId(), 0L))).toList();
                }), locale, response);
    }

    /** By name unless another column is chosen; by the number of dossiers held is the dossiers' to tell. */
    private Page<StaffMember> sorted(ListSort sorting, Locale locale, Pageable pageable) {
        if (sorting.is("dossiers")) {
            return dossiers.staffByDossiersHeld(sorting.descending(), pageable);
        }
        return staff.all(sorting.column(), sorting.descending(), locale, pageable);
    }

    /** A person's portfolio: the dossiers they hold today, grouped by kind. */
    @CachedPage
    @GetMapping("/staff/{username}")
    String show(@PathVariable String username, Locale locale, Model model, java.security.Principal principal) {
        // Only the person sees the secret address of their own calendar feed.
        boolean ownPage = username.equals(principal.getName());
        PersonPortfolio.Page page = people.of(username, ownPage, locale)
                .orElseThrow(() -> new NotFoundException("Staff member", username));
        model.addAttribute("member", page.member());
        // A newcomer whose first day is still to come « arrives on », not « in the cell since ».
        model.addAttribute("arriving", page.member().getStartedOn() != null
                && page.member().getStartedOn().isAfter(LocalDate.now(clock)));
        if (ownPage) {
            model.addAttribute("feedUrl", page.calendarToken().map(token -> ServletUriComponentsBuilder
                    .fromCurrentContextPath().path("/calendar/feed/{token}.ics").buildAndExpand(token).toUriString())
                    .orElse(null));
            model.addAttribute("ownPage", true);
        }
        model.addAttribute("portfolio", page.portfolio());
        if (!model.containsAttribute("emailForm")) {
            model.addAttribute("emailForm", new EmailChange(page.member().getEmail()));
        }
        return "staff/show";
    }
}
