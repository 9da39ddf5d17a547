package be.brussels.international.coordination.visit.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.shared.ListSort;
import be.brussels.international.coordination.shared.PageLinks;
import be.brussels.international.coordination.shared.TableExport;
import be.brussels.international.coordination.visit.VisitGift;
import be.brussels.international.coordination.visit.Visits;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static be.brussels.international.coordination.shared.TableExport.column;
import static be.brussels.international.coordination.shared.TableExport.label;

/** The register of all gifts given and received, by year. */
@Controller
class GiftRegisterController {

    private final Visits visits;

    private final TableExport export;

    GiftRegisterController(Visits visits, TableExport export) {
        this.visits = visits;
        this.export = export;
    }

    /** A year that is not a year is ignored, never a 400. */
    @GetMapping("/gifts")
    String register(@RequestParam(required = false) String year, @RequestParam(required = false) String sort,
            @PageableDefault(size = 30) Pageable pageable, Model model) {
        Integer chosen = year(year);
        ListSort sorting = ListSort.of(sort, Visits.GIFTS_SORTABLE);
        model.addAttribute("sorting", sorting);
        Page<VisitGift> page = visits.gifts(chosen, sorting.column(), sorting.descending(), pageable);
        model.addAttribute("year", chosen);
        model.addAttribute("gifts", page.getContent());
        model.addAttribute("paging", PageLinks.of(page));
        return "visit/gifts";
    }

    /** The gifts of the year chosen (or all), as {@code ?export=csv} or {@code ?export=xlsx}. */
    @GetMapping(value = "/gifts", params = "export")
    void export(@RequestParam(required = false) String year, @RequestParam(required = false) String sort,
            @RequestParam("export") String format, Locale locale, HttpServletResponse response) throws IOException {
        Integer chosen = year(year);
        ListSort sorting = ListSort.of(sort, Visits.GIFTS_SORTABLE);
        export.write(TableExport.Format.of(format), "gifts", List.<TableExport.Column<VisitGift>>of(
                column("visit.startsOn", g -> g.getVisit().getStartsOn()),
                column("gift.visit", g -> g.getVisit().getTitle()),
                column("gift.direction", g -> label("gift.direction." + g.getDirection())),
                column("gift.description", VisitGift::getDescription),
                column("gift.counterpart", VisitGift::getCounterpart),
                column("gift.value.euros", VisitGift::getEstimatedValue),
                column("gift.outcome", VisitGift::getOutcome)),
                TableExport.pages(page -> visits.gifts(chosen, sorting.column(), sorting.descending(), page)), locale, response);
    }

    private static Integer year(String year) {
        if (year == null || !year.trim().matches("\\d{4}")) {
            return null;
        }
        int value = Integer.parseInt(year.trim());
        return value >= 2000 && value <= 2100 ? value : null;
    }
}
