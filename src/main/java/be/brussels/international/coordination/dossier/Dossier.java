package be.brussels.international.coordination.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.shared.BaseEntity;
import be.brussels.international.coordination.shared.LocalizedText;
import be.brussels.international.coordination.staff.StaffDirectory;
import be.brussels.international.coordination.staff.StaffMember;
import jakarta.persistence.CascadeType;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A file of work held by staff: one per partner relationship (bilateral or development cooperation), or
 * thematic (protocol, state visits, Brussels Days...). A partner dossier is named by its partner.
 */
@Entity
@Table(name = "dossier")
@Audited
public class Dossier extends BaseEntity {

    /** The order of lists of dossiers by kind then code (the dossiers without holder). */
    public static final Comparator<Dossier> BY_KIND_AND_CODE = Comparator
            .comparing((Dossier dossier) -> dossier.getKind().name()).thenComparing(Dossier::getCode);

    private String code;

    @Enumerated(EnumType.STRING)
    private DossierKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @Embedded
    @AttributeOverride(name = "fr", column = @Column(name = "title_fr"))
    @AttributeOverride(name = "nl", column = @Column(name = "title_nl"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    private LocalizedText title;

    /** Set when the last holder left and the coordinator chose to leave the dossier without holder. */
    private LocalDate vacantSince;

    /** The day a thematic dossier was retired (its holders stopped); null while it is worked on. */
    private LocalDate retiredOn;

    private String retireReason;

    /** Every assignment, annulled ones included: the dossier's whole history (their own audit is kept). */
    @NotAudited
    @OneToMany(mappedBy = "dossier", cascade = CascadeType.PERSIST)
    @OrderBy("validFrom, id")
    private List<Assignment> assignments = new ArrayList<>();

    protected Dossier() {
    }

    /** The dossier of a new partner, named by it, waiting for its first holder. */
    Dossier(Partner partner) {
        this.code = partner.getSlug();
        this.partner = partner;
        this.kind = kindOf(partner);
    }

    /** A new thematic dossier, waiting for its first holder. */
    Dossier(String code, LocalizedText title) {
        this.code = code;
        this.kind = DossierKind.THEMATIC;
        this.title = title;
    }

    private static DossierKind kindOf(Partner partner) {
        return partner.isDevelopmentCooperation() ? DossierKind.DEVELOPMENT_COOPERATION : DossierKind.BILATERAL;
    }

    /** A partner dossier follows its partner's relation (bilateral or development cooperation). */
    void followPartner() {
        if (partner != null) {
            kind = kindOf(partner);
        }
    }

    /** A thematic dossier's titles in the three languages. */
    void rename(LocalizedText title) {
        if (kind != DossierKind.THEMATIC) {
            throw new ReassignmentRefused("dossier.refused.notThematic");
        }
        this.title = title;
    }

    public LocalDate getRetiredOn() {
        return retiredOn;
    }

    /** No longer worked on: retired, or the dossier of a former partner. */
    public boolean isClosed() {
        return retiredOn != null || (partner != null && partner.isFormer());
    }

    /**
     * Every holder stops on {@code on} (a holder who starts later never starts), in one decision that the
     * history shows with its reason; null when nobody held the dossier.
     */
    Reassignment close(LocalDate on, String reason, String decidedBy) {
        List<Assignment> running = getRunningAssignments();
        if (running.isEmpty()) {
            return null;
        }
        Reassignment decision = new Reassignment(this, ReassignmentKind.VACATE, on, reason, decidedBy, null);
        for (Assignment assignment : running) {
            assignment.stop(on.isBefore(assignment.getValidFrom()) ? assignment.getValidFrom() : on, decision);
        }
        vacantSince = on;
        return decision;
    }

    /** A thematic dossier is retired that day: its holders stop, its history stays. */
    Reassignment retire(LocalDate on, String reason, String decidedBy) {
        if (kind != DossierKind.THEMATIC) {
            throw new ReassignmentRefused("dossier.refused.notThematic");
        }
        if (retiredOn != null) {
            throw new ReassignmentRefused("dossier.refused.retired");
        }
        retiredOn = on;
        retireReason = reason;
        return close(on, reason, decidedBy);
    }

    public String getCode() {
        return code;
    }

    public DossierKind getKind() {
        return kind;
    }

    /** The partner of a bilateral or development-cooperation dossier; null for a thematic one. */
    public Partner getPartner() {
        return partner;
    }

    /** The partner's name for a partner dossier, the dossier's own title for a thematic one. */
    public LocalizedText getName() {
        return partner != null ? partner.getName() : title;
    }

    public LocalDate getVacantSince() {
        return vacantSince;
    }

    /** The assignments that are not ended nor annulled: today's holders, and those who start later. */
    public List<Assignment> getRunningAssignments() {
        return assignments.stream().filter(Assignment::isRunning)
                .sorted(Comparator.comparing(Assignment::getStaffMember, StaffDirectory.BY_NAME)).toList();
    }

    /** {@code successor} takes the dossier over from {@code holder}, from {@code on}. */
    Reassignment replace(StaffMember holder, StaffMember successor, LocalDate on, String reason, String decidedBy) {
        Assignment current = runningAssignmentOf(holder);
        refuseIfAlreadyHolding(successor);
        refuseIfLeft(successor);
        refuseIfBeforeStart(current, on);
        Reassignment decision = new Reassignment(this, ReassignmentKind.REPLACE, on, reason, decidedBy, null);
        current.stop(on, decision);
        assignments.add(new Assignment(this, successor, on, decision));
        vacantSince = null;
        return decision;
    }

    /** A co-holder joins from {@code on}. */
    Reassignment addHolder(StaffMember newHolder, LocalDate on, String reason, String decidedBy) {
        refuseIfAlreadyHolding(newHolder);
        refuseIfLeft(newHolder);
        Reassignment decision = new Reassignment(this, ReassignmentKind.ADD, on, reason, decidedBy, null);
        assignments.add(new Assignment(this, newHolder, on, decision));
        vacantSince = null;
        return decision;
    }

    /**
     * A holder stops from {@code on}. Refused for the last holder unless the dossier is explicitly left
     * vacant: a dossier never loses its holder by accident.
     */
    Reassignment removeHolder(StaffMember holder, LocalDate on, boolean leaveVacant, String reason,
            String decidedBy) {
        Assignment current = runningAssignmentOf(holder);
        refuseIfBeforeStart(current, on);
        boolean last = getRunningAssignments().size() == 1;
        if (last && !leaveVacant) {
            throw new ReassignmentRefused("reassignment.refused.wouldBeVacant");
        }
        ReassignmentKind kind = last ? ReassignmentKind.VACATE : ReassignmentKind.REMOVE;
        Reassignment decision = new Reassignment(this, kind, on, reason, decidedBy, null);
        current.stop(on, decision);
        if (last) {
            vacantSince = on;
        }
        return decision;
    }

    /**
     * Reverts the dossier's latest decision, from the day it took effect: the assignments it started are
     * annulled, those it ended continue in new assignments. The undo is a decision of its own.
     */
    Reassignment undo(Reassignment latest, String reason, String decidedBy) {
        if (latest == null || latest.getKind() == ReassignmentKind.UNDO
                || !Objects.equals(latest.getDossier().getId(), getId())) {
            throw new ReassignmentRefused("reassignment.refused.nothingToUndo");
        }
        Reassignment undo = new Reassignment(this, ReassignmentKind.UNDO, latest.getEffectiveOn(), reason,
                decidedBy, latest);
        List<Assignment> continued = new ArrayList<>();
        for (Assignment assignment : assignments) {
            if (madeBy(assignment.getStartedBy(), latest) && !assignment.isAnnulled()) {
                assignment.annul(undo);
            }
            else if (madeBy(assignment.getEndedBy(), latest)) {
                continued.add(new Assignment(this, assignment.getStaffMember(), assignment.getValidTo(), undo));
            }
            else if (madeBy(assignment.getAnnulledBy(), latest)) {
                // Stopped on its first day by the decision: it runs again from that day.
                continued.add(new Assignment(this, assignment.getStaffMember(), assignment.getValidFrom(), undo));
            }
        }
        assignments.addAll(continued);
        vacantSince = getRunningAssignments().isEmpty() ? latest.getEffectiveOn() : null;
        return undo;
    }

    private static boolean madeBy(Reassignment decision, Reassignment latest) {
        return decision != null && Objects.equals(decision.getId(), latest.getId());
    }

    private Assignment runningAssignmentOf(StaffMember holder) {
        return findRunningAssignmentOf(holder).orElseThrow(
                () -> new ReassignmentRefused("reassignment.refused.notHolder", holder.getFullName()));
    }

    Optional<Assignment> findRunningAssignmentOf(StaffMember person) {
        return assignments.stream().filter(Assignment::isRunning)
                .filter(a -> Objects.equals(a.getStaffMember().getId(), person.getId())).findFirst();
    }

    private void refuseIfAlreadyHolding(StaffMember person) {
        if (findRunningAssignmentOf(person).isPresent()) {
            throw new ReassignmentRefused("reassignment.refused.alreadyHolder", person.getFullName());
        }
    }

    private static void refuseIfLeft(StaffMember person) {
        if (person.hasLeft()) {
            throw new ReassignmentRefused("reassignment.refused.left", person.getFullName());
        }
    }

    private static void refuseIfBeforeStart(Assignment current, LocalDate on) {
        if (on.isBefore(current.getValidFrom())) {
            throw new ReassignmentRefused("reassignment.refused.beforeStart", current.getValidFrom());
        }
    }
}
