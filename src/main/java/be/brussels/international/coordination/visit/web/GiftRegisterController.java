package be.brussels.international.coordination.visit.web;

import be.brussels.international.coordination.shared.PageLinks;
import be.brussels.international.coordination.visit.VisitGift;
import be.brussels.international.coordination.visit.Visits;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The register of all gifts given and received, by year. */
@Controller
class GiftRegisterController {

    private final Visits visits;

    GiftRegisterController(Visits visits) {
        this.visits = visits;
    }

    /** A year that is not a year is ignored, never a 400. */
    @GetMapping("/gifts")
    String register(@RequestParam(required = false) String year, @PageableDefault(size = 30) Pageable pageable,
            Model model) {
        Integer chosen = year(year);
        Page<VisitGift> page = visits.gifts(chosen, pageable);
        model.addAttribute("year", chosen);
        model.addAttribute("gifts", page.getContent());
        model.addAttribute("paging", PageLinks.of(page));
        return "visit/gifts";
    }

    private static Integer year(String year) {
        if (year == null || !year.trim().matches("\\d{4}")) {
            return null;
        }
        int value = Integer.parseInt(year.trim());
        return value >= 2000 && value <= 2100 ? value : null;
    }
}
