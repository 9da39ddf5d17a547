package be.brussels.international.coordination.contact.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.contact.Contacts;
import be.brussels.international.coordination.contact.PartnerContact;
import be.brussels.international.coordination.shared.Redirects;
import be.brussels.international.coordination.shared.Refused;
import be.brussels.international.coordination.shared.RefusedForm;
import be.brussels.international.coordination.shared.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static be.brussels.international.coordination.shared.TableExport.column;

/**
 * Contacts and notes are added from the partner's page. A refused entry goes back to the page (RefusedForm)
 * with its form open, what was typed in its fields and each message beside its field.
 */
@Controller
class ContactController {

    private final Contacts contacts;

    private final Clock clock;

    private final TableExport export;

    ContactController(Contacts contacts, Clock clock, TableExport export) {
        this.contacts = contacts;
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
            BindingResult result, RedirectAttributes redirect) {
        contacts.checkCanEdit(slug);
        if (!result.hasErrors()) {
            try {
                contacts.addContact(slug, form.toDetails());
                redirect.addFlashAttribute("success", "contact.added");
                return back(slug, "contacts");
            }
            catch (Refused refused) {
                result.reject(refused.getMessageKey(), refused.getArguments(), null);
            }
        }
        return RefusedForm.backTo(back(slug, "contacts"), redirect, "contactForm", form, result);
    }

    @PostMapping("/partners/{slug}/contacts/{id}/end")
    String endContact(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        try {
            contacts.endContact(slug, id, LocalDate.now(clock));
            redirect.addFlashAttribute("success", "contact.ended");
        }
        catch (Refused refused) {
            redirect.addFlashAttribute("failure", refused.getMessageKey());
        }
        return back(slug);
    }

    @PostMapping("/partners/{slug}/notes")
    String addNote(@PathVariable String slug, @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult result,
            RedirectAttributes redirect) {
        contacts.checkCanEdit(slug);
        if (!result.hasErrors()) {
            try {
                contacts.addNote(slug, form.getKind(), form.getOccurredOn(), form.getSummary());
                redirect.addFlashAttribute("success", "note.added");
                return back(slug, "notes");
            }
            catch (Refused refused) {
                result.rejectValue("occurredOn", refused.getMessageKey(), refused.getArguments(), null);
            }
        }
        return RefusedForm.backTo(back(slug, "notes"), redirect, "noteForm", form, result);
    }

    private static String back(String slug) {
        return back(slug, "contacts");
    }

    private static String back(String slug, String section) {
        return Redirects.toSection(section, "/partners/{slug}", slug);
    }
}
