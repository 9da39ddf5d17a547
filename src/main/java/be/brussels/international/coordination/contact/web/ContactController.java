package be.brussels.international.coordination.contact.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.contact.Contacts;
import be.brussels.international.coordination.contact.NoteKind;
import be.brussels.international.coordination.contact.PartnerContact;
import be.brussels.international.coordination.contact.PartnerNote;
import be.brussels.international.coordination.partner.PartnerCatalog;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.Redirects;
import be.brussels.international.coordination.shared.Submission;
import be.brussels.international.coordination.shared.TableExport;
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

import static be.brussels.international.coordination.shared.TableExport.column;

/**
 * Contacts and notes are added from the partner's page, corrected on a page of their own, removed after a
 * confirmation. A request without the record's version (not one of these forms) is a conflict, after the
 * rights are checked. A refused entry goes back to the page
 * (Submission) with its form open, what was typed in its fields and each message beside its field.
 */
@Controller
class ContactController {

    private static final Submission SUBMISSION = Submission.of("contact.conflict");

    private final Contacts contacts;

    private final PartnerCatalog partners;

    private final Clock clock;

    private final TableExport export;

    ContactController(Contacts contacts, PartnerCatalog partners, Clock clock, TableExport export) {
        this.contacts = contacts;
        this.partners = partners;
        this.clock = clock;
        this.export = export;
    }

    /** The partner's contacts, present and past, as {@code ?export=csv} or {@code ?export=xlsx}. */
    @GetMapping(value = "/partners/{slug}/contacts", params = "export")
    void export(@PathVariable String slug, @RequestParam("export") String format, Locale locale,
            HttpServletResponse response) throws IOException {
        List<PartnerContact> list = contacts.contactsOf(slug);
        export.write(TableExport.Format.of(format), "contacts-" + slug, List.<TableExport.Column<PartnerContact>>of(
                column("contact.name", PartnerContact::getName),
                column("contact.function", PartnerContact::getFunction),
                column("contact.organisation", PartnerContact::getOrganisation),
                column("contact.email", PartnerContact::getEmail),
                column("contact.phone", PartnerContact::getPhone),
                column("contact.language", PartnerContact::getLanguage),
                column("contact.fromOn", PartnerContact::getFromOn),
                column("export.contact.toOn", PartnerContact::getToOn)),
                list::forEach, locale, response);
    }

    @PostMapping("/partners/{slug}/contacts")
    String addContact(@PathVariable String slug, @Valid @ModelAttribute("contactForm") ContactForm form,
            BindingResult result, Locale locale, RedirectAttributes redirect) {
        contacts.checkCanEdit(slug);
        return SUBMISSION.onRecord(back(slug, "contacts"), redirect, "contactForm", form, result, locale,
                "contact.added", () -> contacts.addContact(slug, form.toDetails()));
    }

    @GetMapping("/partners/{slug}/contacts/{id}/edit")
    String editContact(@PathVariable String slug, @PathVariable long id, Model model) {
        PartnerContact contact = contacts.contactToChange(slug, id);
        model.addAttribute("contactForm", ContactForm.from(contact));
        return showEdit(slug, "contact", contact.getId(), contact.getVersion(), contact.getName(), model);
    }

    @PostMapping("/partners/{slug}/contacts/{id}")
    String changeContact(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "-1") long version,
            @Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PartnerContact contact = contacts.contactToChange(slug, id);
        return SUBMISSION.onPage(result, locale, response,
                () -> showEdit(slug, "contact", id, version, contact.getName(), model),
                () -> showEdit(slug, "contact", id, contacts.contactToChange(slug, id).getVersion(), contact.getName(),
                        model),
                redirect, "contact.changed", () -> {
                    contacts.changeContact(slug, id, version, form.toDetails());
                    return back(slug, "contacts");
                });
    }

    @PostMapping("/partners/{slug}/contacts/{id}/delete")
    String removeContact(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        return SUBMISSION.onRecord(back(slug, "contacts"), redirect, "contact.removed",
                () -> contacts.removeContact(slug, id, version));
    }

    @PostMapping("/partners/{slug}/contacts/{id}/end")
    String endContact(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        return SUBMISSION.onRecord(back(slug, "contacts"), redirect, "contact.ended",
                () -> contacts.endContact(slug, id, LocalDate.now(clock)));
    }

    @PostMapping("/partners/{slug}/notes")
    String addNote(@PathVariable String slug, @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult result,
            Locale locale, RedirectAttributes redirect) {
        contacts.checkCanEdit(slug);
        return SUBMISSION.onRecord(back(slug, "notes"), redirect, "noteForm", form, result, locale, "note.added",
                () -> contacts.addNote(slug, form.getKind(), form.getOccurredOn(), form.getSummary()));
    }

    @GetMapping("/partners/{slug}/notes/{id}/edit")
    String editNote(@PathVariable String slug, @PathVariable long id, Model model) {
        PartnerNote note = contacts.noteToChange(slug, id);
        model.addAttribute("noteForm", NoteForm.from(note));
        return showEdit(slug, "note", note.getId(), note.getVersion(), null, model);
    }

    @PostMapping("/partners/{slug}/notes/{id}")
    String changeNote(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "-1") long version,
            @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult result, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        contacts.noteToChange(slug, id);
        return SUBMISSION.onPage(result, locale, response, () -> showEdit(slug, "note", id, version, null, model),
                () -> showEdit(slug, "note", id, contacts.noteToChange(slug, id).getVersion(), null, model),
                redirect, "note.changed", () -> {
                    contacts.changeNote(slug, id, version, form.getKind(), form.getOccurredOn(), form.getSummary());
                    return back(slug, "notes");
                });
    }

    @PostMapping("/partners/{slug}/notes/{id}/delete")
    String removeNote(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        return SUBMISSION.onRecord(back(slug, "notes"), redirect, "note.removed",
                () -> contacts.removeNote(slug, id, version));
    }

    /**
     * The address a correction is posted to, asked for with GET (the language switch or a reload after the
     * correction was refused): the correction page.
     */
    @GetMapping("/partners/{slug}/contacts/{id}")
    String contactPage(@PathVariable String slug, @PathVariable long id) {
        partners.findBySlug(slug).orElseThrow(() -> new NotFoundException("Partner", slug));
        return Redirects.to("/partners/{slug}/contacts/{id}/edit", slug, id);
    }

    @GetMapping("/partners/{slug}/notes/{id}")
    String notePage(@PathVariable String slug, @PathVariable long id) {
        partners.findBySlug(slug).orElseThrow(() -> new NotFoundException("Partner", slug));
        return Redirects.to("/partners/{slug}/notes/{id}/edit", slug, id);
    }

    /** The page correcting a contact or a note of the partner: {@code part} names the form and its fields. */
    private String showEdit(String slug, String part, long id, long version, String subject, Model model) {
        model.addAttribute("partner",
                partners.findBySlug(slug).orElseThrow(() -> new NotFoundException("Partner", slug)));
        model.addAttribute("part", part);
        model.addAttribute("partId", id);
        model.addAttribute("version", version);
        model.addAttribute("subject", subject);
        model.addAttribute("noteKinds", NoteKind.values());
        return "contact/edit";
    }

    private static String back(String slug, String section) {
        return Redirects.toSection(section, "/partners/{slug}", slug);
    }
}
