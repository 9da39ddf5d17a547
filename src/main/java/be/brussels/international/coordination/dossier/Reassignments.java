package be.brussels.international.coordination.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.staff.StaffDirectory;
import be.brussels.international.coordination.staff.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The coordinator's decisions about who holds which dossier. Only COORDINATOR (and ADMIN, above it) may
 * call these methods. Every decision is dated, has a reason and a decider, and never overwrites history.
 * A decision made on a dossier that changed since the coordinator looked at it is refused as a conflict
 * ({@link org.springframework.dao.OptimisticLockingFailureException}).
 */
@Service
@Transactional
@PreAuthorize("hasRole('COORDINATOR')")
public class Reassignments {

    private final DossierRepository dossiers;

    private final ReassignmentRepository decisions;

    private final AssignmentRepository assignments;

    private final StaffDirectory staff;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    Reassignments(DossierRepository dossiers, ReassignmentRepository decisions, AssignmentRepository assignments,
            StaffDirectory staff, Clock clock, ApplicationEventPublisher events) {
        this.dossiers = dossiers;
        this.decisions = decisions;
        this.assignments = assignments;
        this.staff = staff;
        this.clock = clock;
        this.events = events;
    }

    /** What the coordinator decides for one dossier. {@code expectedVersion} is the version they saw. */
    public record Decision(String dossierCode, long expectedVersion, ReassignmentKind kind, String holder,
            String successor, LocalDate effectiveOn, boolean leaveVacant, String reason) {
    }

    /** A person's dossiers handed over: one date, one reason, a successor per dossier (null: vacant). */
    public record Handover(String holder, LocalDate effectiveOn, String reason, boolean holderLeaves,
            List<Transfer> transfers) {
    }

    public record Transfer(String dossierCode, long expectedVersion, String successor) {
    }

    /** Replaces a holder, adds a co-holder or removes one. */
    public Reassignment decide(Decision decision) {
        Dossier dossier = dossierForChange(decision.dossierCode(), decision.expectedVersion());
        String reason = requireReason(decision.reason());
        String by = currentUser();
        Reassignment made = switch (decision.kind()) {
            case REPLACE -> dossier.replace(person(decision.holder()), person(decision.successor()),
                    decision.effectiveOn(), reason, by);
            case ADD -> dossier.addHolder(person(decision.successor()), decision.effectiveOn(), reason, by);
            case REMOVE, VACATE -> dossier.removeHolder(person(decision.holder()), decision.effectiveOn(),
                    decision.leaveVacant(), reason, by);
            case UNDO -> throw new IllegalArgumentException("Use undoLatest to undo");
        };
        return saved(dossier, made);
    }

    /** Reverts the dossier's latest decision; the undo is recorded as a decision of its own. */
    public Reassignment undoLatest(String dossierCode, long expectedVersion, String reason) {
        Dossier dossier = dossierForChange(dossierCode, expectedVersion);
        Reassignment latest = decisions.findFirstByDossierOrderByIdDesc(dossier).orElse(null);
        return saved(dossier, dossier.undo(latest, requireReason(reason), currentUser()));
    }

    /**
     * Hands over the dossiers of a person in one transaction, and optionally records that they left.
     * With {@code dryRun}, checks every rule and rolls everything back: what the confirmation page shows is
     * exactly what confirming will do.
     */
    public List<Reassignment> handOver(Handover handover, boolean dryRun) {
        StaffMember holder = person(handover.holder());
        String reason = requireReason(handover.reason());
        String by = currentUser();
        List<Reassignment> made = new ArrayList<>();
        for (Transfer transfer : handover.transfers()) {
            Dossier dossier = dossierForChange(transfer.dossierCode(), transfer.expectedVersion());
            made.add(saved(dossier, handOverOne(dossier, holder, transfer.successor(), handover.effectiveOn(),
                    reason, by)));
        }
        if (handover.holderLeaves()) {
            // After the transfers above: what the person would still hold on the day they leave.
            List<String> kept = assignments.findCurrentOrComingOf(holder.getUsername(), handover.effectiveOn())
                    .stream().map(a -> a.getDossier().getCode()).toList();
            if (!kept.isEmpty()) {
                throw new ReassignmentRefused("reassignment.refused.leavesWithDossiers", String.join(", ", kept));
            }
            staff.markLeft(holder.getUsername(), handover.effectiveOn());
        }
        if (dryRun) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return made;
    }

    private Reassignment handOverOne(Dossier dossier, StaffMember holder, String successorUsername,
            LocalDate on, String reason, String by) {
        if (dossier.findRunningAssignmentOf(holder).isEmpty()) {
            throw new ReassignmentRefused("reassignment.refused.notHolder", holder.getFullName());
        }
        if (successorUsername == null) {
            return dossier.removeHolder(holder, on, true, reason, by);
        }
        StaffMember successor = dossier.getRunningAssignments().stream().map(Assignment::getStaffMember)
                .filter(p -> Objects.equals(p.getUsername(), successorUsername)).findFirst().orElse(null);
        if (successor != null) {
            // Already a co-holder: the dossier simply stays with them.
            return dossier.removeHolder(holder, on, false, reason, by);
        }
        return dossier.replace(holder, person(successorUsername), on, reason, by);
    }

    /** How many dossiers each person holds today, by kind, and which dossiers nobody holds. */
    @Transactional(readOnly = true)
    public Workload workload() {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Map<DossierKind, Long>> counts = new HashMap<>();
        for (Object[] row : assignments.countCurrentByStaffMemberAndKind(today)) {
            counts.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((DossierKind) row[1], (Long) row[2]);
        }
        return workload(counts, today);
    }

    /**
     * As {@link #workload()}, from the cell as read for a page that reads it anyway ({@link DossierQueries#cell}):
     * the holdings of today among its holdings counted, its people and its dossiers without holder.
     */
    @Transactional(readOnly = true)
    public Workload workload(DossierQueries.Cell cell) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Map<DossierKind, Long>> counts = new HashMap<>();
        for (Holding holding : cell.holdings()) {
            if (!holding.isFutureOn(today)) {
                counts.computeIfAbsent(holding.getStaffMember().getId(), id -> new HashMap<>())
                        .merge(holding.getDossier().getKind(), 1L, Long::sum);
            }
        }
        return new Workload(loads(cell.present(), counts), cell.withoutHolder());
    }

    private Workload workload(Map<Long, Map<DossierKind, Long>> counts, LocalDate today) {
        // Ordered as the home page orders the same dossiers read otherwise (DossierQueries.cell).
        return new Workload(loads(staff.present(), counts),
                dossiers.findWithoutHolderOn(today).stream().sorted(Dossier.BY_KIND_AND_CODE).toList());
    }

    private static List<Workload.PersonLoad> loads(List<StaffMember> present, Map<Long, Map<DossierKind, Long>> counts) {
        return present.stream()
                .map(member -> new Workload.PersonLoad(member, counts.getOrDefault(member.getId(), Map.of())))
                .toList();
    }

    /** Saves the decision and tells whoever it gives the dossier to (after commit: see NewHolderMail). */
    private Reassignment saved(Dossier dossier, Reassignment decision) {
        Reassignment saved = decisions.save(decision);
        for (Assignment started : dossier.getRunningAssignments()) {
            if (started.getStartedBy() == decision) {
                events.publishEvent(new HolderAssigned(started.getStaffMember().getUsername(), dossier.getCode(),
                        dossier.getName(), started.getValidFrom(), saved.getDecidedBy(), saved.getReason()));
            }
        }
        return saved;
    }

    private Dossier dossierForChange(String code, long expectedVersion) {
        if (dossiers.claim(code, expectedVersion) == 0) {
            if (dossiers.findByCode(code).isEmpty()) {
                throw new NotFoundException("Dossier", code);
            }
            throw new ObjectOptimisticLockingFailureException(Dossier.class, code);
        }
        return dossiers.findWithAssignments(code).orElseThrow();
    }

    private StaffMember person(String username) {
        if (username == null || username.isBlank()) {
            throw new ReassignmentRefused("reassignment.refused.personMissing");
        }
        return staff.findByUsername(username)
                .orElseThrow(() -> new ReassignmentRefused("reassignment.refused.unknownPerson", username));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReassignmentRefused("reassignment.refused.reason");
        }
        if (reason.trim().length() > Reassignment.REASON_MAX_LENGTH) {
            throw new ReassignmentRefused("reassignment.refused.reasonTooLong", Reassignment.REASON_MAX_LENGTH);
        }
        return reason.trim();
    }

    private static String currentUser() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
