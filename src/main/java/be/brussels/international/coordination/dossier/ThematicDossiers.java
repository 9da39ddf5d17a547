package be.brussels.international.coordination.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import be.brussels.international.coordination.shared.LocalizedText;
import be.brussels.international.coordination.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's thematic dossiers (a new world expo, a festival): created without holder, renamed in the
 * three languages, retired on a day — their holders stop that day, their history stays. A code is chosen once
 * and never given to another dossier (nor taken from a partner's slug).
 */
@Service
@Transactional
@PreAuthorize("hasRole('COORDINATOR')")
public class ThematicDossiers {

    /** Codes that would hide a page ({@code /dossiers/new}). */
    private static final Set<String> RESERVED = Set.of("new");

    private final DossierRepository dossiers;

    private final ReassignmentRepository decisions;

    private final Clock clock;

    ThematicDossiers(DossierRepository dossiers, ReassignmentRepository decisions, Clock clock) {
        this.dossiers = dossiers;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** Refuses a code another dossier (a partner's: its slug) has, or one that names a page. */
    public void checkCodeFree(String code) {
        if (RESERVED.contains(code) || dossiers.existsByCode(code)) {
            throw new ReassignmentRefused("dossier.refused.codeTaken", code).onField("code");
        }
    }

    public Dossier create(String code, LocalizedText title) {
        checkCodeFree(code);
        return dossiers.save(new Dossier(code, title));
    }

    public void rename(String code, long seenVersion, LocalizedText title) {
        forChange(code, seenVersion).rename(title);
    }

    /** Not later than today: a retirement is recorded when it happens. */
    public void retire(String code, long seenVersion, LocalDate on, String reason) {
        if (on.isAfter(LocalDate.now(clock))) {
            throw new ReassignmentRefused("dossier.refused.retireInFuture").onField("effectiveOn");
        }
        Dossier dossier = forChange(code, seenVersion);
        Reassignment decision = dossier.retire(on, reason,
                SecurityContextHolder.getContext().getAuthentication().getName());
        if (decision != null) {
            decisions.save(decision);
        }
    }

    private Dossier forChange(String code, long seenVersion) {
        Dossier dossier = dossiers.findWithAssignments(code).orElseThrow(() -> new NotFoundException("Dossier", code));
        dossier.requireVersion(seenVersion);
        return dossier;
    }
}
