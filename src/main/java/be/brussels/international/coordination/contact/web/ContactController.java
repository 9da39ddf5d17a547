package be.brussels.international.coordination.contact.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import be.brussels.international.coordination.contact.ContactDetails;
import be.brussels.international.coordination.contact.Contacts;
import be.brussels.international.coordination.contact.NoteKind;
import be.brussels.international.coordination.contact.PartnerContact;
import be.brussels.international.coordination.shared.Redirects;
import be.brussels.international.coordination.shared.Refused;
import be.brussels.international.coordination.shared.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static be.brussels.international.coordination.shared.TableExport.column;

/**
 * Contacts and notes are added from the partner's page. A refused entry goes back to the page with the
 * reason and what was typed (flash attributes), in the reader's language.
 */
@Controller
class ContactController {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

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
    String addContact(@PathVariable String slug, @RequestParam(required = false) String name,
            @RequestParam(required = false) String function, @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String email, @RequestParam(required = false) String phone,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fromOn,
            RedirectAttributes redirect) {
        contacts.checkCanEdit(slug);
        ContactDetails details = new ContactDetails(name, function, organisation, email, phone, language, fromOn);
        String problem = name == null ? "contact.name.required"
                : tooLong(name, function, organisation, language) || (phone != null && phone.length() > 50)
                        ? "contact.tooLong"
                        : email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())
                                ? "contact.email.invalid" : null;
        if (problem != null) {
            redirect.addFlashAttribute("failure", problem);
            redirect.addFlashAttribute("typedContact", details);
            return back(slug);
        }
        contacts.addContact(slug, details);
        redirect.addFlashAttribute("success", "contact.added");
        return back(slug);
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
    String addNote(@PathVariable String slug, @RequestParam(name = "kind", required = false) String kindName,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
            @RequestParam(required = false) String summary, RedirectAttributes redirect) {
        contacts.checkCanEdit(slug);
        NoteKind kind = java.util.Arrays.stream(NoteKind.values()).filter(k -> k.name().equals(kindName)).findFirst()
                .orElse(null);
        String problem = kind == null || occurredOn == null || summary == null ? "note.incomplete"
                : summary.length() > 4000 ? "contact.tooLong" : null;
        if (problem == null) {
            try {
                contacts.addNote(slug, kind, occurredOn, summary);
                redirect.addFlashAttribute("success", "note.added");
                return back(slug);
            }
            catch (Refused refused) {
                problem = refused.getMessageKey();
            }
        }
        redirect.addFlashAttribute("failure", problem);
        redirect.addFlashAttribute("typedNote", summary);
        return back(slug);
    }

    private static boolean tooLong(String... texts) {
        for (String text : texts) {
            if (text != null && text.length() > 200) {
                return true;
            }
        }
        return false;
    }

    private static String back(String slug) {
        return Redirects.toSection("contacts", "/partners/{slug}", slug);
    }
}
