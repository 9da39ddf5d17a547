package be.brussels.international.coordination.contact.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The empty contact and note forms of a partner's page (the portfolio module's controllers render it): a
 * refused form comes back instead, with what was typed and its errors, as a flash attribute of the same name,
 * which Spring keeps rather than calling these.
 */
@ControllerAdvice(basePackages = "be.brussels.international.coordination.portfolio.web")
class ContactFormsAdvice {

    private final Clock clock;

    ContactFormsAdvice(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("contactForm")
    ContactForm contactForm() {
        return new ContactForm();
    }

    @ModelAttribute("noteForm")
    NoteForm noteForm() {
        return NoteForm.of(LocalDate.now(clock));
    }
}
