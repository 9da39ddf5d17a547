package be.brussels.international.coordination.staff.web;

import be.brussels.international.coordination.shared.EmailAddress;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.Redirects;
import be.brussels.international.coordination.staff.StaffDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person enters the address where they want to be told of new dossiers (their own page). */
@Controller
class StaffEmailController {

    private final StaffDirectory staff;

    StaffEmailController(StaffDirectory staff) {
        this.staff = staff;
    }

    @PostMapping("/staff/{username}/email")
    String changeEmail(@PathVariable String username, @RequestParam(required = false) String email,
            RedirectAttributes redirect) {
        staff.findByUsername(username).orElseThrow(() -> new NotFoundException("Staff member", username));
        String address = email == null || email.isBlank() ? null : email.trim();
        if (address != null && !EmailAddress.isValid(address)) {
            redirect.addFlashAttribute("failure", "staff.email.invalid");
            redirect.addFlashAttribute("typedEmail", address);
        }
        else {
            staff.changeEmail(username, address);
            redirect.addFlashAttribute("success", address == null ? "staff.email.cleared" : "staff.email.saved");
        }
        return Redirects.to("/staff/{username}", username);
    }
}
