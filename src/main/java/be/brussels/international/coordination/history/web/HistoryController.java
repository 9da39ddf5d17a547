package be.brussels.international.coordination.history.web;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import be.brussels.international.coordination.dossier.Dossier;
import be.brussels.international.coordination.dossier.DossierQueries;
import be.brussels.international.coordination.history.Change;
import be.brussels.international.coordination.history.ChangeHistory;
import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.partner.PartnerCatalog;
import be.brussels.international.coordination.shared.Brussels;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.PageLinks;
import be.brussels.international.coordination.shared.TableExport;
import be.brussels.international.coordination.staff.PeopleNames;
import be.brussels.international.coordination.staff.StaffDirectory;
import be.brussels.international.coordination.staff.StaffMember;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import static be.brussels.international.coordination.shared.TableExport.column;

/** The history of a dossier, a partner or a person, in the reader's language, newest first. */
@Controller
class HistoryController {

    private final ChangeHistory history;

    private final DossierQueries dossiers;

    private final PartnerCatalog partners;

    private final StaffDirectory staff;

    private final PeopleNames people;

    private final MessageSource messages;

    private final TableExport export;

    HistoryController(ChangeHistory history, DossierQueries dossiers, PartnerCatalog partners, StaffDirectory staff,
            PeopleNames people, MessageSource messages, TableExport export) {
        this.export = export;
        this.people = people;
        this.history = history;
        this.dossiers = dossiers;
        this.partners = partners;
        this.staff = staff;
        this.messages = messages;
    }

    /** Whose history it is, where they are, and their changes. */
    private record Subject(String name, String back, String file, Function<Pageable, Page<Change>> changes) {
    }

    private Subject dossier(String code, Locale locale) {
        Dossier dossier = dossiers.findByCode(code).orElseThrow(() -> new NotFoundException("Dossier", code));
        return new Subject(dossier.getName().in(locale), "/dossiers/" + code, "history-" + code,
                page -> history.ofDossier(dossier.getId(), page));
    }

    private Subject partner(String slug, Locale locale) {
        Partner partner = partners.findBySlug(slug).orElseThrow(() -> new NotFoundException("Partner", slug));
        return new Subject(partner.getName().in(locale), "/partners/" + slug, "history-" + slug,
                page -> history.ofPartner(partner.getId(), page));
    }

    private Subject staffMember(String username) {
        StaffMember member = staff.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("Staff member", username));
        return new Subject(member.getFullName(), "/staff/" + username, "history-" + username,
                page -> history.ofStaffMember(member.getId(), username, page));
    }

    @GetMapping("/dossiers/{code}/history")
    String dossier(@PathVariable String code, @PageableDefault(size = 20) Pageable pageable, Locale locale,
            Model model) {
        return show(dossier(code, locale), pageable, locale, model);
    }

    @GetMapping(value = "/dossiers/{code}/history", params = "export")
    void dossier(@PathVariable String code, @RequestParam("export") String format, Locale locale,
            HttpServletResponse response) throws IOException {
        export(dossier(code, locale), format, locale, response);
    }

    @GetMapping("/partners/{slug}/history")
    String partner(@PathVariable String slug, @PageableDefault(size = 20) Pageable pageable, Locale locale,
            Model model) {
        return show(partner(slug, locale), pageable, locale, model);
    }

    @GetMapping(value = "/partners/{slug}/history", params = "export")
    void partner(@PathVariable String slug, @RequestParam("export") String format, Locale locale,
            HttpServletResponse response) throws IOException {
        export(partner(slug, locale), format, locale, response);
    }

    @GetMapping("/staff/{username}/history")
    String staffMember(@PathVariable String username, @PageableDefault(size = 20) Pageable pageable, Locale locale,
            Model model) {
        return show(staffMember(username), pageable, locale, model);
    }

    @GetMapping(value = "/staff/{username}/history", params = "export")
    void staffMember(@PathVariable String username, @RequestParam("export") String format, Locale locale,
            HttpServletResponse response) throws IOException {
        export(staffMember(username), format, locale, response);
    }

    private String show(Subject subject, Pageable pageable, Locale locale, Model model) {
        Page<Change> changes = subject.changes().apply(pageable);
        model.addAttribute("subject", subject.name());
        model.addAttribute("back", subject.back());
        model.addAttribute("lines", changes.map(change -> line(change, locale)).getContent());
        model.addAttribute("paging", PageLinks.of(changes));
        return "history/show";
    }

    /** The whole history, newest first, as {@code ?export=csv} or {@code ?export=xlsx}. */
    private void export(Subject subject, String format, Locale locale, HttpServletResponse response)
            throws IOException {
        export.write(TableExport.Format.of(format), subject.file(), List.<TableExport.Column<HistoryLine>>of(
                column("history.when", line -> line.at().toLocalDateTime()),
                column("history.who", line -> people.name(line.username())),
                column("history.what", HistoryLine::text)),
                TableExport.pages(subject.changes(),
                        changes -> changes.stream().map(change -> line(change, locale)).toList()),
                locale, response);
    }

    private HistoryLine line(Change change, Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        String dossier = change.dossier() == null ? "" : change.dossier().in(locale);
        String from = format(change.from(), dates);
        String to = format(change.to(), dates);
        String key;
        Object[] arguments;
        if (change.subject().equals("NOTE")) {
            key = "history.note." + change.type();
            arguments = new Object[] { from, message("note.kind." + change.code(), locale), text(change.text()) };
        }
        else if (change.subject().equals("CONTACT")) {
            key = change.type() == 1 && change.flag() ? "history.contact.ended" : "history.contact." + change.type();
            arguments = new Object[] { change.person(), text(change.text()), to };
        }
        else if (change.type() == 2) {
            key = "history.deleted";
            arguments = new Object[] { message("history.subject." + change.subject(), locale) };
        }
        else {
            switch (change.subject()) {
                case "ASSIGNMENT" -> {
                    key = change.type() == 0 ? "history.assignment.created"
                            : change.flag() ? "history.assignment.annulled"
                            : change.to() != null ? "history.assignment.ended" : "history.assignment.changed";
                    arguments = new Object[] { change.person(), dossier, from, to, text(change.text()) };
                }
                case "DECISION" -> {
                    key = "history.decision";
                    arguments = new Object[] { message("reassignment.kind." + change.code(), locale), dossier, from,
                            text(change.text()) };
                }
                case "DOSSIER" -> {
                    key = change.type() == 0 ? "history.dossier.created"
                            : change.flag() ? "history.dossier.vacant" : "history.dossier.changed";
                    arguments = new Object[] { dossier, from };
                }
                case "PARTNER" -> {
                    key = change.type() == 0 ? "history.partner.created" : "history.partner.changed";
                    arguments = new Object[] { dossier };
                }
                case "STAFF_MEMBER" -> {
                    key = change.type() == 0 ? "history.staff.created"
                            : change.flag() ? "history.staff.left" : "history.staff.changed";
                    arguments = new Object[] { change.person(), from };
                }
                default -> {
                    key = change.type() == 0 ? "history.account.created"
                            : change.flag() ? "history.account.changed" : "history.account.disabled";
                    arguments = new Object[] { change.person(), message("security.role." + change.code(), locale) };
                }
            }
        }
        return new HistoryLine(change.at().atZone(Brussels.ZONE), change.username(), messages.getMessage(key, arguments, locale));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String format(LocalDate date, DateTimeFormatter format) {
        return date == null ? "" : date.format(format);
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
