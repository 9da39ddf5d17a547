package be.brussels.international.coordination.history.web;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import be.brussels.international.coordination.agreement.Agreement;
import be.brussels.international.coordination.agreement.Agreements;
import be.brussels.international.coordination.dossier.Dossier;
import be.brussels.international.coordination.dossier.DossierQueries;
import be.brussels.international.coordination.history.Change;
import be.brussels.international.coordination.history.ChangeHistory;
import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.partner.PartnerCatalog;
import be.brussels.international.coordination.shared.Brussels;
import be.brussels.international.coordination.shared.Dates;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.PageLinks;
import be.brussels.international.coordination.shared.TableExport;
import be.brussels.international.coordination.staff.PeopleNames;
import be.brussels.international.coordination.staff.StaffDirectory;
import be.brussels.international.coordination.staff.StaffMember;
import be.brussels.international.coordination.visit.DelegationVisit;
import be.brussels.international.coordination.visit.Visits;
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

    /** The records of a visit's and of an agreement's history: a line per kind and per type of change. */
    private static final Set<String> PARTS = Set.of("VISIT", "MEMBER", "ITEM", "GIFT", "INTERPRETER", "AGREEMENT",
            "LIFE", "DOCUMENT");

    private final ChangeHistory history;

    private final DossierQueries dossiers;

    private final PartnerCatalog partners;

    private final StaffDirectory staff;

    private final PeopleNames people;

    private final MessageSource messages;

    private final TableExport export;

    private final Visits visits;

    private final Agreements agreements;

    HistoryController(ChangeHistory history, DossierQueries dossiers, PartnerCatalog partners, StaffDirectory staff,
            PeopleNames people, MessageSource messages, TableExport export, Visits visits, Agreements agreements) {
        this.visits = visits;
        this.agreements = agreements;
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
                page -> history.ofDossier(dossier.getId(), locale, page));
    }

    private Subject partner(String slug, Locale locale) {
        Partner partner = partners.findBySlug(slug).orElseThrow(() -> new NotFoundException("Partner", slug));
        return new Subject(partner.getName().in(locale), "/partners/" + slug, "history-" + slug,
                page -> history.ofPartner(partner.getId(), locale, page));
    }

    private Subject visit(long id) {
        DelegationVisit visit = visits.find(id).orElseThrow(() -> new NotFoundException("Visit", id));
        return new Subject(visit.getTitle(), "/visits/" + id, "history-visit-" + id,
                page -> history.ofVisit(id, page));
    }

    private Subject agreement(long id, Locale locale) {
        Agreement agreement = agreements.find(id).orElseThrow(() -> new NotFoundException("Agreement", id));
        return new Subject(agreement.getTitle().in(locale), "/agreements/" + id, "history-agreement-" + id,
                page -> history.ofAgreement(id, page));
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

    @GetMapping("/visits/{id}/history")
    String visit(@PathVariable long id, @PageableDefault(size = 20) Pageable pageable, Locale locale, Model model) {
        return show(visit(id), pageable, locale, model);
    }

    @GetMapping(value = "/visits/{id}/history", params = "export")
    void visit(@PathVariable long id, @RequestParam("export") String format, Locale locale,
            HttpServletResponse response) throws IOException {
        export(visit(id), format, locale, response);
    }

    @GetMapping("/agreements/{id}/history")
    String agreement(@PathVariable long id, @PageableDefault(size = 20) Pageable pageable, Locale locale,
            Model model) {
        return show(agreement(id, locale), pageable, locale, model);
    }

    @GetMapping(value = "/agreements/{id}/history", params = "export")
    void agreement(@PathVariable long id, @RequestParam("export") String format, Locale locale,
            HttpServletResponse response) throws IOException {
        export(agreement(id, locale), format, locale, response);
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
        String dossier = change.dossier() == null ? "" : change.dossier().in(locale);
        String from = Dates.medium(change.from(), locale);
        String to = Dates.medium(change.to(), locale);
        String key;
        Object[] arguments;
        if (PARTS.contains(change.subject())) {
            key = "history." + change.subject().toLowerCase(Locale.ROOT) + "." + change.type();
            arguments = partArguments(change, from, to, dossier, locale);
        }
        else if (change.subject().equals("NOTE")) {
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
                    // A holding an undo started continues the one the undone decision had ended: told so, not as a
                    // new holder « from » a day they already held the dossier.
                    key = change.type() == 0 ? ("UNDO".equals(change.code()) ? "history.assignment.continued"
                            : "history.assignment.created")
                            : change.flag() ? "history.assignment.annulled"
                            : change.to() != null ? "history.assignment.ended" : "history.assignment.changed";
                    arguments = new Object[] { change.person(), dossier, from, to, text(change.text()) };
                }
                case "DECISION" -> {
                    key = "history.decision";
                    arguments = new Object[] { message("reassignment.kind." + change.code(), locale), dossier, from,
                            text(change.text()) };
                }
                case "DOSSIER", "PARTNER" -> {
                    // What happened, told by the query (CREATED, RENAMED, VACANT, RETIRED, ENDED, RESUMED, CHANGED).
                    key = "history." + change.subject().toLowerCase(Locale.ROOT) + "."
                            + change.code().toLowerCase(Locale.ROOT);
                    arguments = new Object[] { dossier, from, text(change.text()) };
                }
                case "STAFF_MEMBER" -> {
                    key = change.type() == 0 ? "history.staff.created"
                            : change.flag() ? "history.staff.left" : "history.staff.changed";
                    arguments = new Object[] { change.person(), from };
                }
                case "ACCOUNT_LINK" -> {
                    key = change.type() == 0 ? "history.link.issued" : "history.link.spent";
                    arguments = new Object[] { people.name(change.person()),
                            message("history.link." + change.code(), locale) };
                }
                default -> {
                    boolean roleChanged = change.text() != null && !change.text().equals(change.code());
                    key = change.type() == 0 ? "history.account.created"
                            : roleChanged ? "history.account.role"
                            : change.flag() ? "history.account.enabled" : "history.account.disabled";
                    arguments = new Object[] { people.name(change.person()),
                            message("security.role." + change.code(), locale),
                            change.text() == null ? "" : message("security.role." + change.text(), locale) };
                }
            }
        }
        return new HistoryLine(change.at().atZone(Brussels.ZONE), change.username(),
                messages.getMessage(key, arguments, locale));
    }

    /**
     * {0} the name or title, {1} what else it says, {2} and {3} its dates, {4} its kind, status or time, {5} its
     * dates as a period (one day alone: « 18 déc. 2026 », not « du 18 déc. 2026 au 18 déc. 2026 »).
     */
    private Object[] partArguments(Change change, String from, String to, String title, Locale locale) {
        String code = change.code() == null ? "" : switch (change.subject()) {
            case "VISIT" -> message("visit.status." + change.code(), locale);
            case "GIFT" -> message("gift.direction." + change.code(), locale);
            case "AGREEMENT" -> message("agreement.status." + change.code(), locale);
            case "LIFE" -> message(change.code().equals("RENEWED") || change.code().equals("AMENDED")
                    ? "agreement.event." + change.code() : "agreement.status." + change.code(), locale);
            default -> change.code();
        };
        String name = change.subject().equals("AGREEMENT") ? title
                : change.subject().equals("VISIT") ? text(change.text()) : text(change.person());
        String day = from.isEmpty() && change.subject().equals("LIFE") ? message("agreement.dateUnknown", locale) : from;
        String period = Objects.equals(change.from(), change.to()) || to.isEmpty() ? day
                : messages.getMessage("visit.period", new Object[] { day, to }, locale);
        return new Object[] { name, text(change.text()), day, to, code, period };
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
