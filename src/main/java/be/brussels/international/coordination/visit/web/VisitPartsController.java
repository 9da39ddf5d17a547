package be.brussels.international.coordination.visit.web;

import java.util.Locale;
import java.util.function.Function;

import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.Submission;
import be.brussels.international.coordination.shared.Redirects;
import be.brussels.international.coordination.visit.DelegationVisit;
import be.brussels.international.coordination.visit.GiftDirection;
import be.brussels.international.coordination.visit.ProgrammeItem;
import be.brussels.international.coordination.visit.VisitGift;
import be.brussels.international.coordination.visit.VisitInterpreter;
import be.brussels.international.coordination.visit.VisitMember;
import be.brussels.international.coordination.visit.Visits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static be.brussels.international.coordination.visit.web.VisitController.SUBMISSION;

/**
 * What the protocol office fills in on a visit's page — members, programme items, interpreters, gifts — added
 * from the page, corrected on a page of their own, removed after a confirmation; after each, the reader is
 * back at the section of the visit's page worked on.
 */
@Controller
class VisitPartsController {

    private final Visits visits;

    VisitPartsController(Visits visits) {
        this.visits = visits;
    }

    // Members

    @PostMapping("/visits/{id}/members")
    String addMember(@PathVariable long id, @RequestParam long version,
            @Valid @ModelAttribute("member") MemberForm member, BindingResult result, Locale locale,
            RedirectAttributes redirect) {
        visit(id);
        return SUBMISSION.onRecord(section(id, "members"), redirect, "member", member, result, locale,
                "visit.member.added", () -> visits.addMember(id, version, member.toDetails()));
    }

    @GetMapping("/visits/{id}/members/{memberId}/edit")
    String editMember(@PathVariable long id, @PathVariable long memberId, Model model) {
        DelegationVisit visit = visit(id);
        model.addAttribute("member", MemberForm.from(part(visit, memberId, DelegationVisit::getMembers,
                VisitMember::getId)));
        return showPart(visit, "member", memberId, model);
    }

    @PostMapping("/visits/{id}/members/{memberId}")
    String changeMember(@PathVariable long id, @PathVariable long memberId, @RequestParam long version,
            @Valid @ModelAttribute("member") MemberForm member, BindingResult result, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        part(visit(id), memberId, DelegationVisit::getMembers, VisitMember::getId);
        return change(id, "member", memberId, "members", result, locale, model, response, redirect,
                () -> visits.changeMember(id, version, memberId, member.toDetails()));
    }

    @PostMapping("/visits/{id}/members/{memberId}/delete")
    String removeMember(@PathVariable long id, @PathVariable long memberId, @RequestParam long version,
            RedirectAttributes redirect) {
        visit(id);
        return SUBMISSION.onRecord(section(id, "members"), redirect, "visit.member.removed",
                () -> visits.removeMember(id, version, memberId));
    }

    // Programme items

    @PostMapping("/visits/{id}/programme")
    String addItem(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("item") ItemForm item,
            BindingResult result, Locale locale, RedirectAttributes redirect) {
        DelegationVisit visit = visit(id);
        item.validateFor(result);
        alsoCheckDay(visit, item, result, locale);
        return SUBMISSION.onRecord(section(id, "programme"), redirect, "item", item, result, locale,
                "visit.item.added", () -> visits.addItem(id, version, item.toDetails()));
    }

    @GetMapping("/visits/{id}/programme/{itemId}/edit")
    String editItem(@PathVariable long id, @PathVariable long itemId, Model model) {
        DelegationVisit visit = visit(id);
        model.addAttribute("item", ItemForm.from(part(visit, itemId, DelegationVisit::getProgramme,
                ProgrammeItem::getId)));
        return showPart(visit, "item", itemId, model);
    }

    @PostMapping("/visits/{id}/programme/{itemId}")
    String changeItem(@PathVariable long id, @PathVariable long itemId, @RequestParam long version,
            @Valid @ModelAttribute("item") ItemForm item, BindingResult result, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        DelegationVisit visit = visit(id);
        part(visit, itemId, DelegationVisit::getProgramme, ProgrammeItem::getId);
        item.validateFor(result);
        alsoCheckDay(visit, item, result, locale);
        return change(id, "item", itemId, "programme", result, locale, model, response, redirect,
                () -> visits.changeItem(id, version, itemId, item.toDetails()));
    }

    @PostMapping("/visits/{id}/programme/{itemId}/delete")
    String removeItem(@PathVariable long id, @PathVariable long itemId, @RequestParam long version,
            RedirectAttributes redirect) {
        visit(id);
        return SUBMISSION.onRecord(section(id, "programme"), redirect, "visit.item.removed",
                () -> visits.removeItem(id, version, itemId));
    }

    // Interpreters

    @PostMapping("/visits/{id}/interpreters")
    String addInterpreter(@PathVariable long id, @RequestParam long version,
            @Valid @ModelAttribute("interpreter") InterpreterForm interpreter, BindingResult result, Locale locale,
            RedirectAttributes redirect) {
        visit(id);
        return SUBMISSION.onRecord(section(id, "interpreters"), redirect, "interpreter", interpreter, result, locale,
                "visit.interpreter.added", () -> visits.addInterpreter(id, version, interpreter.toDetails()));
    }

    @GetMapping("/visits/{id}/interpreters/{interpreterId}/edit")
    String editInterpreter(@PathVariable long id, @PathVariable long interpreterId, Model model) {
        DelegationVisit visit = visit(id);
        model.addAttribute("interpreter", InterpreterForm.from(part(visit, interpreterId,
                DelegationVisit::getInterpreters, VisitInterpreter::getId)));
        return showPart(visit, "interpreter", interpreterId, model);
    }

    @PostMapping("/visits/{id}/interpreters/{interpreterId}")
    String changeInterpreter(@PathVariable long id, @PathVariable long interpreterId, @RequestParam long version,
            @Valid @ModelAttribute("interpreter") InterpreterForm interpreter, BindingResult result, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        part(visit(id), interpreterId, DelegationVisit::getInterpreters, VisitInterpreter::getId);
        return change(id, "interpreter", interpreterId, "interpreters", result, locale, model, response, redirect,
                () -> visits.changeInterpreter(id, version, interpreterId, interpreter.toDetails()));
    }

    @PostMapping("/visits/{id}/interpreters/{interpreterId}/delete")
    String removeInterpreter(@PathVariable long id, @PathVariable long interpreterId, @RequestParam long version,
            RedirectAttributes redirect) {
        visit(id);
        return SUBMISSION.onRecord(section(id, "interpreters"), redirect, "visit.interpreter.removed",
                () -> visits.removeInterpreter(id, version, interpreterId));
    }

    // Gifts

    @PostMapping("/visits/{id}/gifts")
    String addGift(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("gift") GiftForm gift,
            BindingResult result, Locale locale, RedirectAttributes redirect) {
        visit(id);
        return SUBMISSION.onRecord(section(id, "gifts"), redirect, "gift", gift, result, locale, "visit.gift.added",
                () -> visits.addGift(id, version, gift.toDetails()));
    }

    @GetMapping("/visits/{id}/gifts/{giftId}/edit")
    String editGift(@PathVariable long id, @PathVariable long giftId, Model model) {
        DelegationVisit visit = visit(id);
        model.addAttribute("gift", GiftForm.from(part(visit, giftId, DelegationVisit::getGifts, VisitGift::getId)));
        return showPart(visit, "gift", giftId, model);
    }

    @PostMapping("/visits/{id}/gifts/{giftId}")
    String changeGift(@PathVariable long id, @PathVariable long giftId, @RequestParam long version,
            @Valid @ModelAttribute("gift") GiftForm gift, BindingResult result, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        part(visit(id), giftId, DelegationVisit::getGifts, VisitGift::getId);
        return change(id, "gift", giftId, "gifts", result, locale, model, response, redirect,
                () -> visits.changeGift(id, version, giftId, gift.toDetails()));
    }

    @PostMapping("/visits/{id}/gifts/{giftId}/delete")
    String removeGift(@PathVariable long id, @PathVariable long giftId, @RequestParam long version,
            RedirectAttributes redirect) {
        visit(id);
        return SUBMISSION.onRecord(section(id, "gifts"), redirect, "visit.gift.removed",
                () -> visits.removeGift(id, version, giftId));
    }

    /**
     * The address a correction is posted to, asked for with GET (the language switch or a reload after the
     * correction was refused): the correction page.
     */
    @GetMapping({"/visits/{id}/members/{partId}", "/visits/{id}/programme/{partId}", "/visits/{id}/gifts/{partId}",
            "/visits/{id}/interpreters/{partId}"})
    String correctionPage(@PathVariable long id, @PathVariable long partId, HttpServletRequest request) {
        // The ids are numbers: what stands between them is one of the four names above.
        String parts = request.getRequestURI().replaceFirst(".*/visits/\\d+/([a-z]+)/\\d+$", "$1");
        return Redirects.to("/visits/{id}/{parts}/{partId}/edit", id, parts, partId);
    }

    /**
     * A part corrected on its own page: done, back to its section ({@code visit.<part>.changed}); refused or
     * overtaken, its page again (with the visit's current version) and what was typed.
     */
    private String change(long id, String part, long partId, String section, BindingResult result, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect, Runnable action) {
        return SUBMISSION.onPage(result, locale, response, () -> showPart(visit(id), part, partId, model),
                () -> showPart(visit(id), part, partId, model), redirect, "visit." + part + ".changed", () -> {
                    action.run();
                    return section(id, section);
                });
    }

    /** The page correcting one part of the visit: {@code part} names the form and its fields. */
    private String showPart(DelegationVisit visit, String part, long partId, Model model) {
        model.addAttribute("visit", visit);
        model.addAttribute("part", part);
        model.addAttribute("partId", partId);
        model.addAttribute("giftDirections", GiftDirection.values());
        return "visit/part";
    }

    private static String section(long id, String section) {
        return Redirects.toSection(section, "/visits/{id}", id);
    }

    /** One of the visit's parts; another visit's is not found. */
    private static <T> T part(DelegationVisit visit, long partId, Function<DelegationVisit, java.util.List<T>> parts,
            Function<T, Long> id) {
        return parts.apply(visit).stream().filter(p -> id.apply(p) == partId).findFirst()
                .orElseThrow(() -> new NotFoundException("Visit part", partId));
    }

    /** A form refused for its times also says a day outside the visit (they came one save after the other). */
    private static void alsoCheckDay(DelegationVisit visit, ItemForm item, BindingResult result, Locale locale) {
        if (item.getDay() != null) {
            Submission.alsoCheck(result, locale, "day", () -> visit.checkItemDay(item.getDay()));
        }
    }

    private DelegationVisit visit(long id) {
        return visits.find(id).orElseThrow(() -> new NotFoundException("Visit", id));
    }
}
