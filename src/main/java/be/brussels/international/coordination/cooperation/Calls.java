package be.brussels.international.coordination.cooperation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import be.brussels.international.coordination.dossier.DossierQueries;
import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.partner.PartnerCatalog;
import be.brussels.international.coordination.shared.Languages;
import be.brussels.international.coordination.shared.LocalizedText;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.ReaderRoles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls for projects and their applications. Everyone reads; the holders of the development-cooperation
 * dossiers and the coordinator record and decide. Only the coordinator may grant beyond the budget.
 */
@Service
@Transactional
@PreAuthorize("hasRole('STAFF')")
public class Calls {

    /** The dossier whose holders run the calls (today Codrat-Alin Teclu, Benoît Spapens and Jef Willems). */
    static final String CALLS_DOSSIER = "calls-for-projects";

    private final CallRepository calls;

    private final PartnerCatalog partners;

    private final DossierQueries dossiers;

    private final ReaderRoles roles;

    Calls(CallRepository calls, PartnerCatalog partners, DossierQueries dossiers, ReaderRoles roles) {
        this.calls = calls;
        this.partners = partners;
        this.dossiers = dossiers;
        this.roles = roles;
    }

    /**
     * May the current user run calls: open them, record and evaluate applications, decide, grant, pay? The
     * holders of the calls-for-projects dossier and the coordinator. The holder of a partner's dossier records
     * the reports of that partner's projects ({@link Projects#canRecordReports}), nothing more.
     */
    @Transactional(readOnly = true)
    public boolean canEdit() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return roles.has("COORDINATOR") || dossiers.holdsAnyOf(user.getName(), Set.of(CALLS_DOSSIER));
    }

    /** Whether the current user holds the dossier of this partner. */
    boolean holdsPartner(Partner partner) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return dossiers.holdsAnyOf(user.getName(), Set.of(partner.getSlug()));
    }

    /** The columns the list of calls can be sorted by. */
    public static final List<String> SORTABLE = List.of("year", "title", "deadline", "budget", "status");

    /**
     * One page of the calls, by one of the {@link #SORTABLE} columns (title in the reader's language); latest
     * year and deadline first when none is chosen.
     */
    @Transactional(readOnly = true)
    public Page<CallForProjects> all(String column, boolean descending, Locale locale, Pageable pageable) {
        boolean chosen = column != null && SORTABLE.contains(column);
        Sort.Direction direction = !chosen || descending ? Sort.Direction.DESC : Sort.Direction.ASC;
        Sort order = switch (chosen ? column : "year") {
            case "title" -> JpaSort.unsafe(direction, "sort_key(c.title." + Languages.of(locale) + ")");
            case "deadline" -> Sort.by(direction, "deadlineOn");
            case "budget" -> Sort.by(direction, "budget");
            case "status" -> Sort.by(direction, "status");
            default -> Sort.by(direction, "year", "deadlineOn");
        };
        Page<CallForProjects> page = calls.findSorted(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                order.and(Sort.by(direction, "id"))));
        // The list shows what each call has committed, from its applications: read here, for the whole page in
        // one statement (@BatchSize), not by the template after the transaction (LazyInitializationException).
        page.forEach(CallForProjects::getCommitted);
        return page;
    }

    /** The call with its applications and target partners. */
    @Transactional(readOnly = true)
    public Optional<CallForProjects> find(long id) {
        Optional<CallForProjects> call = calls.findWithApplications(id);
        call.ifPresent(c -> calls.findWithTargets(id));
        return call;
    }

    public long create(LocalizedText title, int year, String theme, LocalDate opensOn, LocalDate deadlineOn,
            BigDecimal budget, Set<String> targetSlugs) {
        checkCanEdit();
        Set<Partner> targets = new LinkedHashSet<>();
        for (String slug : targetSlugs) {
            targets.add(partners.findBySlug(slug).orElseThrow(() -> new NotFoundException("Partner", slug)));
        }
        return calls.save(new CallForProjects(title, year, theme, opensOn, deadlineOn, budget, targets)).getId();
    }

    public void advance(long id, long expectedVersion) {
        forChange(id, expectedVersion).advance();
    }

    public void receive(long id, long expectedVersion, String partnerSlug, String applicant, String title,
            BigDecimal requested, LocalDate startsOn, LocalDate endsOn) {
        Partner partner = partners.findBySlug(partnerSlug).orElseThrow(() -> new NotFoundException("Partner", partnerSlug));
        forChange(id, expectedVersion).receive(partner, applicant, title, requested, startsOn, endsOn);
    }

    public void evaluate(long id, long expectedVersion, long applicationId, BigDecimal score, String comments) {
        forChange(id, expectedVersion).application(applicationId).evaluate(score, comments);
    }

    public void decide(long id, long expectedVersion, long applicationId, ApplicationStatus next) {
        forChange(id, expectedVersion).application(applicationId).moveTo(next);
    }

    /** {@code overBudget}: the coordinator's explicit choice to grant beyond what remains; recorded. */
    public void grant(long id, long expectedVersion, long applicationId, BigDecimal amount, boolean overBudget) {
        CallForProjects call = forChange(id, expectedVersion);
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (overBudget && !roles.has("COORDINATOR")) {
            throw new AccessDeniedException("Only the coordinator grants beyond the budget");
        }
        call.grant(call.application(applicationId), amount, overBudget ? user.getName() : null);
    }

    private CallForProjects forChange(long id, long expectedVersion) {
        checkCanEdit();
        CallForProjects call = calls.findForChange(id).orElseThrow(() -> new NotFoundException("Call", id));
        if (call.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(CallForProjects.class, id);
        }
        return calls.findWithApplications(id).orElseThrow();
    }

    /**
     * Refuses (403) unless the current user may record calls, applications and their projects: asked by the controllers before a form is
     * even checked, so that someone without the right learns nothing from its messages.
     */
    @Transactional(readOnly = true)
    public void checkCanEdit() {
        if (!canEdit()) {
            throw new AccessDeniedException("Not a holder of the calls-for-projects dossier nor the coordinator");
        }
    }
}
