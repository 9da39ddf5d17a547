package be.brussels.international.coordination.communication.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.brussels.international.coordination.communication.Audience;
import be.brussels.international.coordination.communication.Newsletter;
import be.brussels.international.coordination.communication.SubscriberImport;
import be.brussels.international.coordination.communication.SubscriberRow;
import be.brussels.international.coordination.communication.SubscriberStatus;
import be.brussels.international.coordination.communication.Subscribers;
import be.brussels.international.coordination.shared.Brussels;
import be.brussels.international.coordination.shared.Enums;
import be.brussels.international.coordination.shared.ListSort;
import be.brussels.international.coordination.shared.PageLinks;
import be.brussels.international.coordination.shared.Refused;
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
import org.springframework.web.util.UriComponentsBuilder;

import static be.brussels.international.coordination.shared.TableExport.column;
import static be.brussels.international.coordination.shared.TableExport.label;

/**
 * The subscribers of « The Brussels globe » ({@code /newsletter/subscribers}): searched by address, filtered by
 * status and language, sorted, exported — for the holders of the communication dossier and the coordinator.
 */
@Controller
class SubscriberController {

    /** Where commons-csv says it could not read on: « (startline 3) ». */
    private static final Pattern UNREADABLE_LINE = Pattern.compile("\\(startline (\\d+)\\)");

    private final Subscribers subscribers;

    private final SubscriberImport imports;

    private final TableExport export;

    SubscriberController(Subscribers subscribers, SubscriberImport imports, TableExport export) {
        this.subscribers = subscribers;
        this.imports = imports;
        this.export = export;
    }

    @GetMapping("/newsletter/subscribers")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
            @RequestParam(required = false) String language, @RequestParam(name = "list", required = false) String list,
            @RequestParam(required = false) String sort, @PageableDefault(size = 30) Pageable pageable, Model model) {
        subscribers.checkCanManage();
        ListSort sorting = ListSort.of(sort, Subscribers.SORTABLE);
        SubscriberStatus chosen = Enums.parse(SubscriberStatus.class, status);
        Audience audience = Enums.parse(Audience.class, list);
        Page<SubscriberRow> page = subscribers.search(q, chosen, language, audience, sorting.column(),
                sorting.descending(), pageable);
        model.addAttribute("audience", audience);
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("rows", page.getContent());
        model.addAttribute("paging", PageLinks.of(page));
        model.addAttribute("sorting", sorting);
        model.addAttribute("q", q);
        model.addAttribute("status", chosen);
        model.addAttribute("language", language != null && Newsletter.LANGUAGES.contains(language) ? language : null);
        model.addAttribute("statuses", SubscriberStatus.values());
        model.addAttribute("languages", Newsletter.LANGUAGES);
        model.addAttribute("confirmed", subscribers.count(SubscriberStatus.CONFIRMED));
        return "communication/subscribers";
    }

    /** What the list shows, every page of it, as {@code ?export=csv} or {@code ?export=xlsx}. */
    @GetMapping(value = "/newsletter/subscribers", params = "export")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
            @RequestParam(required = false) String language, @RequestParam(name = "list", required = false) String list,
            @RequestParam(required = false) String sort, @RequestParam("export") String format, Locale locale,
            HttpServletResponse response) throws IOException {
        subscribers.checkCanManage();
        ListSort sorting = ListSort.of(sort, Subscribers.SORTABLE);
        SubscriberStatus chosen = Enums.parse(SubscriberStatus.class, status);
        Audience audience = Enums.parse(Audience.class, list);
        export.write(TableExport.Format.of(format), "subscribers", List.<TableExport.Column<SubscriberRow>>of(
                column("newsletter.address", SubscriberRow::email),
                column("newsletter.languagesRead", SubscriberRow::languages),
                column("newsletter.status", row -> label("newsletter.status." + row.status())),
                column("edition.audience.GLOBE", row -> row.audiences().contains(Audience.GLOBE)),
                column("edition.audience.STAFF", row -> row.audiences().contains(Audience.STAFF)),
                column("newsletter.bouncing", row -> local(row.bouncingSince())),
                column("newsletter.consentVersion", SubscriberRow::consentVersion),
                column("newsletter.import.basis", SubscriberRow::consentBasis),
                column("newsletter.consentedAt", row -> local(row.consentedAt())),
                column("newsletter.confirmedAt", row -> local(row.confirmedAt())),
                column("newsletter.unsubscribedAt", row -> local(row.unsubscribedAt()))),
                TableExport.pages(page -> subscribers.search(q, chosen, language, audience, sorting.column(),
                        sorting.descending(), page)), locale, response);
    }

    /** From an edition's failures: the address is refused by mail servers; nothing more is sent to it. */
    @PostMapping("/newsletter/subscribers/{id}/bouncing")
    String markBouncing(@PathVariable long id, RedirectAttributes redirect) {
        String email = subscribers.markBouncing(id);
        redirect.addFlashAttribute("success", "newsletter.bouncing.marked");
        redirect.addFlashAttribute("successArguments", new Object[] { email });
        return "redirect:" + UriComponentsBuilder.fromPath("/newsletter/subscribers").queryParam("q", email).encode()
                .toUriString();
    }

    @GetMapping("/newsletter/subscribers/import")
    String importPage(Model model) {
        subscribers.checkCanManage();
        ImportForm form = new ImportForm();
        form.setCheckOnly(true); // a first look, by default
        model.addAttribute("importForm", form);
        model.addAttribute("languages", Newsletter.LANGUAGES);
        model.addAttribute("audiences", Audience.values());
        return "communication/import";
    }

    /**
     * Checks (by default) or imports a CSV file of subscribers and shows the report: what is (or would be)
     * imported, what is not and why. A file that cannot be read is said so, beside the field.
     */
    @PostMapping("/newsletter/subscribers/import")
    String importFile(@Valid @ModelAttribute("importForm") ImportForm form, BindingResult result, Locale locale,
            Model model)
            throws IOException {
        subscribers.checkCanManage();
        model.addAttribute("languages", Newsletter.LANGUAGES);
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("reasons", SubscriberImport.Rejection.values());
        if (form.getFile() == null || form.getFile().isEmpty()) {
            // A file chosen but empty is said so; no file chosen, likewise.
            boolean chosen = form.getFile() != null && form.getFile().getOriginalFilename() != null
                    && !form.getFile().getOriginalFilename().isBlank();
            result.rejectValue("file", chosen ? "newsletter.import.empty" : "newsletter.import.fileRequired");
        }
        if (result.hasErrors()) {
            return "communication/import";
        }
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(form.getFile().getInputStream(), StandardCharsets.UTF_8))) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset(); // no byte order mark (Excel writes one)
            }
            model.addAttribute("report", imports.run(reader, form.getLanguages(), form.getConsentBasis(),
                    form.getList(), form.isCheckOnly()));
        }
        catch (Refused refused) {
            Submission.reject(result, refused, locale);
        }
        catch (UncheckedIOException | IllegalStateException unreadable) {
            // commons-csv: a quote never closed, a line it cannot read — which one, when it says so.
            Matcher line = UNREADABLE_LINE.matcher(String.valueOf(unreadable.getMessage()));
            if (line.find()) {
                result.rejectValue("file", "newsletter.import.unreadableLine", new Object[] { line.group(1) }, null);
            }
            else {
                result.rejectValue("file", "newsletter.import.unreadable");
            }
        }
        return "communication/import";
    }

    /** A moment as the cell reads it: Brussels time. */
    private static LocalDateTime local(Instant moment) {
        return moment == null ? null : LocalDateTime.ofInstant(moment, Brussels.ZONE);
    }

}
