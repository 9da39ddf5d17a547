package be.brussels.international.coordination.staff.web;

import java.util.Locale;

import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.Redirects;
import be.brussels.international.coordination.shared.Submission;
import be.brussels.international.coordination.staff.EmailChange;
import be.brussels.international.coordination.staff.StaffDirectory;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person enters the address where they want to be told of new dossiers (their own page). */
@Controller
class StaffEmailController {

    private static final Submission SUBMISSION = Submission.of("staff.conflict");

    private final StaffDirectory staff;

    StaffEmailController(StaffDirectory staff) {
        this.staff = staff;
    }

    @PostMapping("/staff/{username}/email")
    String changeEmail(@PathVariable String username, @Valid @ModelAttribute("emailForm") EmailChange form,
            BindingResult result, Locale locale, RedirectAttributes redirect) {
        staff.findByUsername(username).orElseThrow(() -> new NotFoundException("Staff member", username));
        return SUBMISSION.onRecord(Redirects.toSection("notifications", "/staff/{username}", username), redirect,
                "emailForm", form, result, locale, form.getEmail() == null ? "staff.email.cleared" : "staff.email.saved",
                () -> staff.changeEmail(username, form.getEmail()));
    }
}
