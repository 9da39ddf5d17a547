package be.brussels.international.coordination.communication.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.communication.Channel;
import be.brussels.international.coordination.communication.CommunicationRights;
import be.brussels.international.coordination.communication.EditorialCalendar;
import be.brussels.international.coordination.communication.EditorialItem;
import be.brussels.international.coordination.communication.EditorialStatus;
import be.brussels.international.coordination.communication.SourceChoices;
import be.brussels.international.coordination.communication.XText;
import be.brussels.international.coordination.shared.Enums;
import be.brussels.international.coordination.shared.Brussels;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.PageLinks;
import be.brussels.international.coordination.shared.Redirects;
import be.brussels.international.coordination.shared.Submission;
import be.brussels.international.coordination.shared.TableExport;
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
import static be.brussels.international.coordination.shared.TableExport.label;

/**
 * The editorial calendar ({@code /communication/calendar}, a month at a time, by channel and status, exported)
 * and its items ({@code /communication/items/...}): for who runs the cell's communication; the coordinator
 * approves.
 */
@Controller
class EditorialController {

    private static final Submission SUBMISSION = Submission.of("editorial.conflict");

    private final EditorialCalendar calendar;

    private final CommunicationRights rights;

    private final TableExport export;

    private final SourceChoices sources;

    private final Clock clock;

    EditorialController(EditorialCalendar calendar, CommunicationRights rights, TableExport export,
            SourceChoices sources, Clock clock) {
        this.calendar = calendar;
        this.sources = sources;
        this.rights = rights;
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/communication/calendar")
    String list(@RequestParam(required = false) String channel, @RequestParam(required = false) String status,
            @RequestParam(required = false) String month, @PageableDefault(size = 50) Pageable pageable, Model model) {
        rights.checkCanManage();
        YearMonth shown = month(month);
        Page<EditorialItem> page = search(channel, status, shown, pageable);
        model.addAttribute("items", page.getContent());
        model.addAttribute("paging", PageLinks.of(page));
        model.addAttribute("channel", Enums.parse(Channel.class, channel));
        model.addAttribute("status", Enums.parse(EditorialStatus.class, status));
        model.addAttribute("month", shown);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("statuses", EditorialStatus.values());
        return "communication/calendar";
    }

    @GetMapping(value = "/communication/calendar", params = "export")
    void export(@RequestParam(required = false) String channel, @RequestParam(required = false) String status,
            @RequestParam(required = false) String month, @RequestParam("export") String format, Locale locale,
            HttpServletResponse response) throws IOException {
        rights.checkCanManage();
        YearMonth shown = month(month);
        export.write(TableExport.Format.of(format), "editorial-calendar", List.<TableExport.Column<EditorialItem>>of(
                column("editorial.plannedAt", item -> LocalDateTime.ofInstant(item.getPlannedAt(), Brussels.ZONE)),
                column("editorial.channel", item -> label("editorial.channel." + item.getChannel())),
                column("editorial.status", item -> label("editorial.status." + item.getStatus())),
                column("editorial.title.field", EditorialItem::getTitle),
                column("editorial.text", EditorialItem::getText),
                column("editorial.partner", item -> item.getPartner() == null ? null
                        : item.getPartner().getName().in(locale))),
                TableExport.pages(page -> search(channel, status, shown, page)), locale, response);
    }

    @GetMapping("/communication/items/new")
    String newItem(Locale locale, Model model) {
        rights.checkCanManage();
        EditorialForm form = new EditorialForm();
        form.setDay(LocalDate.now(clock).plusDays(1));
        model.addAttribute("form", form);
        return form(null, locale, model);
    }

    @PostMapping("/communication/items")
    String create(@Valid @ModelAttribute("form") EditorialForm form, BindingResult result, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        rights.checkCanManage();
        return SUBMISSION.onPage(result, locale, response, () -> form(null, locale, model),
                () -> form(null, locale, model), redirect, "editorial.created", () -> {
                    EditorialItem item = calendar.create(form.toDetails());
                    return Redirects.to("/communication/items/{id}/edit", item.getId());
                });
    }

    @GetMapping("/communication/items/{id}/edit")
    String edit(@PathVariable long id, Locale locale, Model model) {
        EditorialItem item = item(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", EditorialForm.from(item));
        }
        return form(item, locale, model);
    }

    @PostMapping("/communication/items/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("form") EditorialForm form, BindingResult result,
            Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        EditorialItem item = item(id);
        return SUBMISSION.onEditPage(result, locale, response, () -> form(item, locale, model),
                () -> item(id).getVersion(), redirect, "editorial.saved", () -> {
            calendar.change(id, form.getVersion(), form.toDetails());
            return Redirects.to("/communication/items/{id}/edit", id);
        });
    }

    /** The next step: drafted, approved (the coordinator), published. */
    @PostMapping("/communication/items/{id}/advance")
    String advance(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        item(id);
        return SUBMISSION.onRecord(Redirects.to("/communication/items/{id}/edit", id), redirect, "editorial.advanced",
                () -> calendar.advance(id, version));
    }

    /** An item planned by mistake or given up, removed after a confirmation (not one published). */
    @PostMapping("/communication/items/{id}/delete")
    String remove(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        item(id);
        return SUBMISSION.onRecord("redirect:/communication/calendar", redirect, "editorial.removed",
                () -> calendar.remove(id, version));
    }

    private String form(EditorialItem item, Locale locale, Model model) {
        EditorialForm form = (EditorialForm) model.getAttribute("form");
        model.addAttribute("item", item);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("partners", calendar.partnerChoices(locale, form == null ? null : form.getPartner()));
        model.addAttribute("events", sources.events(locale, form == null ? null : form.getEvent()));
        model.addAttribute("visits", sources.visits(locale, form == null ? null : form.getVisit()));
        model.addAttribute("xLimit", XText.LIMIT);
        model.addAttribute("coordinator", rights.isCoordinator());
        return "communication/item";
    }

    private Page<EditorialItem> search(String channel, String status, YearMonth month, Pageable pageable) {
        return calendar.search(Enums.parse(Channel.class, channel), Enums.parse(EditorialStatus.class, status),
                month.atDay(1).atStartOfDay(Brussels.ZONE).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(Brussels.ZONE).toInstant(), pageable);
    }

    private EditorialItem item(long id) {
        return calendar.find(id).orElseThrow(() -> new NotFoundException("Editorial item", id));
    }

    /** The month asked for ({@code 2027-01}), this month when none or unreadable. */
    private YearMonth month(String month) {
        try {
            YearMonth asked = month == null ? null : YearMonth.parse(month);
            return asked != null && asked.getYear() >= 2000 && asked.getYear() <= 2100 ? asked : YearMonth.now(clock);
        }
        catch (DateTimeParseException unreadable) {
            return YearMonth.now(clock);
        }
    }
}
