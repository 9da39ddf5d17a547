package be.brussels.international.coordination.event.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import be.brussels.international.coordination.event.EventKind;
import be.brussels.international.coordination.event.EventStatus;
import be.brussels.international.coordination.event.Events;
import be.brussels.international.coordination.event.LargeEvent;
import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.partner.PartnerCatalog;
import be.brussels.international.coordination.shared.Enums;
import be.brussels.international.coordination.shared.Choice;
import be.brussels.international.coordination.shared.Countries;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.ListSort;
import be.brussels.international.coordination.shared.PageLinks;
import be.brussels.international.coordination.shared.TableExport;
import be.brussels.international.coordination.shared.Redirects;
import be.brussels.international.coordination.shared.Submission;
import be.brussels.international.coordination.staff.StaffDirectory;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static be.brussels.international.coordination.shared.TableExport.column;
import static be.brussels.international.coordination.shared.TableExport.country;
import static be.brussels.international.coordination.shared.TableExport.label;

/** Large events: list, record, change. */
@Controller
class EventController {

    /** Events refuse in their own words, and say so when someone else changed the event first. */
    private static final Submission SUBMISSION = Submission.of("event.conflict");

    private final Events events;

    private final PartnerCatalog partners;

    private final StaffDirectory staff;

    private final TableExport export;

    EventController(Events events, PartnerCatalog partners, StaffDirectory staff, TableExport export) {
        this.export = export;
        this.events = events;
        this.partners = partners;
        this.staff = staff;
    }

    @GetMapping("/events")
    String list(@RequestParam(required = false) String kind, @RequestParam(required = false) String status,
            @RequestParam(required = false) String year, @RequestParam(required = false) String sort,
            @PageableDefault(size = 20) Pageable pageable, Locale locale, Model model) {
        ListSort sorting = ListSort.of(sort, Events.SORTABLE);
        model.addAttribute("sorting", sorting);
        EventKind chosenKind = Enums.parse(EventKind.class, kind);
        EventStatus chosenStatus = Enums.parse(EventStatus.class, status);
        Integer chosenYear = year != null && year.trim().matches("\\d{4}") ? Integer.valueOf(year.trim()) : null;
        Page<LargeEvent> page = events.search(chosenKind, chosenStatus, chosenYear, sorting.column(),
                sorting.descending(), locale, pageable);
        model.addAttribute("events", page.getContent());
        model.addAttribute("paging", PageLinks.of(page));
        model.addAttribute("kind", chosenKind);
        model.addAttribute("status", chosenStatus);
        model.addAttribute("year", chosenYear);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("statuses", EventStatus.values());
        model.addAttribute("canEdit", events.canEdit());
        return "event/list";
    }

    /** The events the filters show, as {@code ?export=csv} or {@code ?export=xlsx}. */
    @GetMapping(value = "/events", params = "export")
    void export(@RequestParam(required = false) String kind, @RequestParam(required = false) String status,
            @RequestParam(required = false) String year, @RequestParam(required = false) String sort,
            @RequestParam("export") String format, Locale locale, HttpServletResponse response) throws IOException {
        ListSort sorting = ListSort.of(sort, Events.SORTABLE);
        EventKind chosenKind = Enums.parse(EventKind.class, kind);
        EventStatus chosenStatus = Enums.parse(EventStatus.class, status);
        Integer chosenYear = year != null && year.trim().matches("\\d{4}") ? Integer.valueOf(year.trim()) : null;
        export.write(TableExport.Format.of(format), "events", List.<TableExport.Column<LargeEvent>>of(
                column("visit.startsOn", LargeEvent::getStartsOn),
                column("visit.endsOn", LargeEvent::getEndsOn),
                column("event.title", e -> e.getTitle().in(locale)),
                column("event.kind", e -> label("event.kind." + e.getKind())),
                column("event.city", LargeEvent::getCity),
                column("event.country", e -> country(e.getCountryCode())),
                column("event.status", e -> label("event.status." + e.getStatus()))),
                TableExport.pages(page -> events.search(chosenKind, chosenStatus, chosenYear, sorting.column(),
                        sorting.descending(), locale, page)), locale, response);
    }

    @GetMapping("/events/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("event", event(id));
        model.addAttribute("canEdit", events.canEdit());
        return "event/show";
    }

    @GetMapping("/events/new")
    String create(@RequestParam(required = false) String partner, Locale locale, Model model) {
        events.checkCanEdit();
        EventForm form = new EventForm();
        if (partner != null) {
            form.getPartners().add(partner);
        }
        model.addAttribute("form", form);
        return showForm(null, locale, model);
    }

    @PostMapping("/events")
    String create(@Valid @ModelAttribute("form") EventForm form, BindingResult result, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        events.checkCanEdit();
        form.validateFor(result);
        return SUBMISSION.onPage(result, locale, response, () -> showForm(null, locale, model),
                () -> showForm(null, locale, model), redirect, "event.created",
                () -> Redirects.to("/events/{id}", events.create(form.toDetails())));
    }

    @GetMapping("/events/{id}/edit")
    String edit(@PathVariable long id, Locale locale, Model model) {
        events.checkCanEdit();
        LargeEvent event = event(id);
        model.addAttribute("form", EventForm.from(event));
        return showForm(event, locale, model);
    }

    @PostMapping("/events/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EventForm form, BindingResult result,
            Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        events.checkCanEdit();
        LargeEvent event = event(id);
        form.validateFor(result);
        return SUBMISSION.onEditPage(result, locale, response, () -> showForm(event, locale, model),
                () -> event(id).getVersion(), redirect, "event.saved", () -> {
            events.update(id, form.getVersion(), form.toDetails());
            return Redirects.to("/events/{id}", id);
        });
    }

    @PostMapping("/events/{id}/delete")
    String remove(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        events.checkCanEdit();
        event(id);
        return SUBMISSION.onRecord("redirect:/events", redirect, "event.removed", () -> events.remove(id, version));
    }

    private String showForm(LargeEvent event, Locale locale, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("statuses", EventStatus.values());
        model.addAttribute("countries", Countries.choices(locale));
        model.addAttribute("partners", partners.choices(locale, event == null ? Set.of()
                : event.getPartners().stream().map(Partner::getSlug).collect(Collectors.toSet())));
        model.addAttribute("people", staff.present().stream()
                .map(person -> Choice.of(person.getUsername(), person.getFullName())).toList());
        return "event/form";
    }

    private LargeEvent event(long id) {
        return events.find(id).orElseThrow(() -> new NotFoundException("Event", id));
    }
}
