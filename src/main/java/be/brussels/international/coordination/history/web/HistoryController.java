package be.brussels.international.coordination.history.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.Locale;

import be.brussels.international.coordination.dossier.Dossier;
import be.brussels.international.coordination.dossier.DossierQueries;
import be.brussels.international.coordination.history.Change;
import be.brussels.international.coordination.history.ChangeHistory;
import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.partner.PartnerCatalog;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.PageLinks;
import be.brussels.international.coordination.staff.StaffDirectory;
import be.brussels.international.coordination.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The history of a dossier, a partner or a person, in the reader's language, newest first. */
@Controller
class HistoryController {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final ChangeHistory history;

    private final DossierQueries dossiers;

    private final PartnerCatalog partners;

    private final StaffDirectory staff;

    private final MessageSource messages;

    HistoryController(ChangeHistory history, DossierQueries dossiers, PartnerCatalog partners, StaffDirectory staff,
            MessageSource messages) {
        this.history = history;
        this.dossiers = dossiers;
        this.partners = partners;
        this.staff = staff;
        this.messages = messages;
    }

    @GetMapping("/dossiers/{code}/history")
    String dossier(@PathVariable String code, @PageableDefault(size = 20) Pageable pageable, Locale locale,
            Model model) {
        Dossier dossier = dossiers.findByCode(code).orElseThrow(() -> new NotFoundException("Dossier", code));
        return show(dossier.getName().in(locale), "/dossiers/" + code, history.ofDossier(dossier.getId(), pageable),
                locale, model);
    }

    @GetMapping("/partners/{slug}/history")
    String partner(@PathVariable String slug, @PageableDefault(size = 20) Pageable pageable, Locale locale,
            Model model) {
        Partner partner = partners.findBySlug(slug).orElseThrow(() -> new NotFoundException("Partner", slug));
        return show(partner.getName().in(locale), "/partners/" + slug, history.ofPartner(partner.getId(), pageable),
                locale, model);
    }

    @GetMapping("/staff/{username}/history")
    String staffMember(@PathVariable String username, @PageableDefault(size = 20) Pageable pageable, Locale locale,
            Model model) {
        StaffMember member = staff.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("Staff member", username));
        return show(member.getFullName(), "/staff/" + username,
                history.ofStaffMember(member.getId(), username, pageable), locale, model);
    }

    private String show(String subject, String back, Page<Change> changes, Locale locale, Model model) {
        model.addAttribute("subject", subject);
        model.addAttribute("back", back);
        model.addAttribute("lines", changes.map(change -> line(change, locale)).getContent());
        model.addAttribute("paging", PageLinks.of(changes));
        return "history/show";
    }

    private HistoryLine line(Change change, Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        String dossier = change.dossier() == null ? "" : change.dossier().in(locale);
        String from = format(change.from(), dates);
        String to = format(change.to(), dates);
        String key;
        Object[] arguments;
        if (change.type() == 2) {
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
        return new HistoryLine(change.at().atZone(BRUSSELS), change.username(), messages.getMessage(key, arguments, locale));
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
