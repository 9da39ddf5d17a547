package be.brussels.international.coordination.dossier.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.brussels.international.coordination.dossier.Holding;
import be.brussels.international.coordination.dossier.DossierQueries;
import be.brussels.international.coordination.dossier.ReassignmentRefused;
import be.brussels.international.coordination.dossier.Reassignments;
import be.brussels.international.coordination.shared.Choice;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.Redirects;
import be.brussels.international.coordination.staff.StaffDirectory;
import be.brussels.international.coordination.staff.StaffMember;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Hands over all the dossiers of a person, to one successor or dossier by dossier: a form, then a
 * confirmation page that shows what will change (checked by a dry run of the same rules), then the change
 * itself, in one transaction.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class HandoverController {

    private final DossierQueries dossiers;

    private final Reassignments reassignments;

    private final StaffDirectory staff;

    private final Clock clock;

    HandoverController(DossierQueries dossiers, Reassignments reassignments, StaffDirectory staff, Clock clock) {
        this.dossiers = dossiers;
        this.reassignments = reassignments;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping("/staff/{username}/handover")
    String form(@PathVariable String username, Locale locale, Model model) {
        StaffMember member = member(username);
        HandoverForm form = new HandoverForm();
        form.setEffectiveOn(LocalDate.now(clock));
        held(username, locale).forEach(a -> form.getVersions().put(a.getDossier().getCode(), a.getDossier().getVersion()));
        model.addAttribute("form", form);
        return showForm(member, locale, model);
    }

    @PostMapping("/staff/{username}/handover")
    String handOver(@PathVariable String username, @Valid @ModelAttribute("form") HandoverForm form,
            BindingResult result, @RequestParam(defaultValue = "preview") String step, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        StaffMember member = member(username);
        form.validateFor(result);
        if (result.hasErrors() || "edit".equals(step)) {
            return showForm(member, locale, model);
        }
        boolean confirmed = "confirm".equals(step);
        try {
            reassignments.handOver(form.toHandover(username), !confirmed);
        }
        catch (ReassignmentRefused refused) {
            result.reject(refused.getMessageKey(), refused.getArguments(locale), null);
            return showForm(member, locale, model);
        }
        catch (OptimisticLockingFailureException conflict) {
            form.getVersions().clear();
            held(username, locale).forEach(a -> form.getVersions().put(a.getDossier().getCode(),
                    a.getDossier().getVersion()));
            result.reject("reassignment.conflict");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return showForm(member, locale, model);
        }
        if (confirmed) {
            redirect.addFlashAttribute("success", "handover.done");
            return Redirects.to("/staff/{username}", username);
        }
        Map<String, StaffMember> people = staff.present().stream()
                .collect(Collectors.toMap(StaffMember::getUsername, Function.identity()));
        model.addAttribute("member", member);
        model.addAttribute("rows", held(username, locale).stream().map(a -> {
            String choice = form.choiceFor(a.getDossier().getCode());
            return new HandoverRow(a, HandoverForm.VACANT.equals(choice), people.get(choice));
        }).toList());
        return "dossier/handover-confirm";
    }

    private String showForm(StaffMember member, Locale locale, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("assignments", held(member.getUsername(), locale));
        model.addAttribute("people", staff.present().stream()
                .filter(p -> !p.getUsername().equals(member.getUsername()))
                .map(p -> Choice.of(p.getUsername(), p.getFullName())).toList());
        return "dossier/handover";
    }

    private List<Holding> held(String username, Locale locale) {
        return dossiers.portfolioOf(username, locale).values().stream().flatMap(List::stream).toList();
    }

    private StaffMember member(String username) {
        return staff.findByUsername(username).orElseThrow(() -> new NotFoundException("Staff member", username));
    }
}
