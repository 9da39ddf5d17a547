package be.brussels.international.coordination.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.shared.Languages;
import be.brussels.international.coordination.staff.StaffDirectory;
import be.brussels.international.coordination.staff.StaffMember;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds which dossier today (and who will, from a later date), and since when. Every logged-in member
 * of the cell may read it. "Today" is the Brussels date of the application clock.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('STAFF')")
public class DossierQueries {

    private final DossierRepository dossiers;

    private final AssignmentRepository assignments;

    private final ReassignmentRepository decisions;

    private final Clock clock;

    DossierQueries(DossierRepository dossiers, AssignmentRepository assignments, ReassignmentRepository decisions,
            Clock clock) {
        this.dossiers = dossiers;
        this.assignments = assignments;
        this.decisions = decisions;
        this.clock = clock;
    }

    public Optional<Dossier> findByCode(String code) {
        return dossiers.findByCode(code);
    }

    /** Is this person among the holders today of these holdings (those of one dossier, {@link #currentHoldingsOf})? */
    public boolean heldTodayBy(List<Holding> holdings, String username) {
        LocalDate today = today();
        return holdings.stream().anyMatch(holding -> !holding.isFutureOn(today)
                && holding.getStaffMember().getUsername().equals(username));
    }

    /**
     * A person's assignments of today and those starting later, grouped by kind of dossier (in the order of
     * {@link DossierKind}), by name in the reader's language.
     */
    public Map<DossierKind, List<Holding>> portfolioOf(String username, Locale locale) {
        return portfolio(continuous(assignments.findCurrentOrComingOf(username, today())), locale);
    }

    /** As {@link #portfolioOf(String, Locale)}, taken from every holding ({@link #everyCurrentOrComingHolding()}). */
    public Map<DossierKind, List<Holding>> portfolioOf(String username, List<Holding> everyCurrentOrComing,
            Locale locale) {
        return portfolio(everyCurrentOrComing.stream()
                .filter(holding -> holding.getStaffMember().getUsername().equals(username)).toList(), locale);
    }

    private static Map<DossierKind, List<Holding>> portfolio(List<Holding> holdings, Locale locale) {
        Comparator<Holding> byName = Comparator.comparing(h -> h.getDossier().getName().in(locale), Languages.NAMES);
        return holdings.stream().sorted(byName).collect(Collectors.groupingBy(a -> a.getDossier().getKind(),
                () -> new EnumMap<>(DossierKind.class), Collectors.toList()));
    }

    /**
     * Every holding of today and later, of every dossier, with its dossier, partner and holder (one statement): the
     * cell's schedule, from which the coordinator's home page takes the changes to come, the workload and their own
     * portfolio.
     */
    public List<Holding> everyCurrentOrComingHolding() {
        return continuous(assignments.findAllCurrentOrComing(today()));
    }

    /**
     * The cell as it stands: every holding of today and later (as {@link #everyCurrentOrComingHolding()}), the people
     * present by name (as {@link StaffDirectory#present()}), the dossiers nobody holds today (as
     * {@code DossierRepository.findWithoutHolderOn}: not retired, not of a former partner, by kind then code).
     */
    public record Cell(List<Holding> holdings, List<StaffMember> present, List<Dossier> withoutHolder) {
    }

    /** {@link Cell}, read in one statement: the coordinator's home page. */
    public Cell cell(Locale locale) {
        LocalDate today = today();
        List<Assignment> held = new ArrayList<>();
        Map<Long, StaffMember> people = new LinkedHashMap<>();
        Map<Long, Dossier> all = new LinkedHashMap<>();
        Set<Long> heldToday = new HashSet<>();
        for (Object[] row : assignments.findScheduleWithPeopleAndDossiers(today)) {
            if (row[0] instanceof StaffMember person) {
                people.putIfAbsent(person.getId(), person);
            }
            if (row[1] instanceof Assignment assignment) {
                held.add(assignment);
                if (!assignment.getValidFrom().isAfter(today)) {
                    heldToday.add(assignment.getDossier().getId());
                }
            }
            if (row[2] instanceof Dossier dossier) {
                all.putIfAbsent(dossier.getId(), dossier);
            }
        }
        List<StaffMember> present = people.values().stream().filter(person -> person.getLeftOn() == null)
                .sorted(StaffDirectory.BY_NAME).toList();
        List<Dossier> withoutHolder = all.values().stream()
                .filter(dossier -> dossier.getRetiredOn() == null && !heldToday.contains(dossier.getId())
                        && (dossier.getPartner() == null || dossier.getPartner().getEndedOn() == null))
                .sorted(Dossier.BY_KIND_AND_CODE).toList();
        return new Cell(continuous(held), present, withoutHolder);
    }

    /**
     * The partners whose dossier a person holds today, from their portfolio ({@link #portfolioOf}): what
     * {@link #partnerIdsHeldBy} reads, without a statement of its own.
     */
    public List<Long> partnerIdsHeldToday(Map<DossierKind, List<Holding>> portfolio) {
        LocalDate today = today();
        return portfolio.values().stream().flatMap(List::stream).filter(holding -> !holding.isFutureOn(today))
                .map(holding -> holding.getDossier().getPartner()).filter(Objects::nonNull).map(Partner::getId)
                .distinct().toList();
    }

    /** The holders today of each of these partners' dossiers, by partner id, by last name. */
    public Map<Long, List<StaffMember>> currentHoldersOfPartners(Collection<Long> partnerIds) {
        if (partnerIds.isEmpty()) {
            return Map.of();
        }
        return assignments.findCurrentForPartners(partnerIds.toArray(Long[]::new), today()).stream()
                .sorted(Comparator.comparing(Assignment::getStaffMember, StaffDirectory.BY_NAME))
                .collect(Collectors.groupingBy(a -> a.getDossier().getPartner().getId(),
                        Collectors.mapping(Assignment::getStaffMember, Collectors.toList())));
    }

    /**
     * Every assignment the dossier has had, annulled ones included, the latest first: its history. An
     * assignment an undo started to continue one it had ended is not a line of its own: the line it continues
     * runs on to its end, as before the undone decision.
     */
    public List<HistoryRow> historyOf(Dossier dossier) {
        List<Assignment> all = assignments.findHistoryOf(dossier);
        // Each assignment an undo started, by the assignment it continues: same person, from the day it ended.
        Map<Assignment, Assignment> continuations = new HashMap<>();
        for (Assignment later : all) {
            if (later.isAnnulled() || later.getStartedBy() == null
                    || later.getStartedBy().getKind() != ReassignmentKind.UNDO) {
                continue;
            }
            all.stream().filter(earlier -> !earlier.isAnnulled() && later.getValidFrom().equals(earlier.getValidTo())
                    && earlier.getStaffMember().getId().equals(later.getStaffMember().getId())).findFirst()
                    .ifPresent(earlier -> continuations.put(earlier, later));
        }
        List<HistoryRow> rows = new ArrayList<>();
        for (Assignment assignment : all) {
            if (continuations.containsValue(assignment)) {
                continue;
            }
            LocalDate to = assignment.getValidTo();
            for (Assignment next = continuations.get(assignment); next != null; next = continuations.get(next)) {
                to = next.getValidTo();
            }
            rows.add(new HistoryRow(assignment, to));
        }
        return rows;
    }

    /** A partner's dossier and its holdings of today and to come ({@link #currentHoldingsOf}). */
    public record PartnerDossier(Dossier dossier, List<Holding> holdings) {
    }

    /**
     * The dossier of the partner with this slug, with its partner and its holdings of today and to come, vacant or
     * not: one statement (a partner's page). Empty when the partner has no dossier (or there is no such partner).
     */
    public Optional<PartnerDossier> ofPartner(String slug) {
        List<Object[]> rows = assignments.findWithCurrentOrComingOfPartner(slug, today());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Assignment> held = rows.stream().map(row -> (Assignment) row[1]).filter(Objects::nonNull).toList();
        return Optional.of(new PartnerDossier((Dossier) rows.get(0)[0], continuous(new ArrayList<>(held))));
    }

    /** The dossier's holders today, and those who take it over later (from their start date). */
    public List<Holding> currentHoldingsOf(Dossier dossier) {
        return continuous(assignments.findCurrentOrComingOf(dossier, today()));
    }

    /**
     * What is decided for later, dossier by dossier: holdings that begin or end after today (a dated
     * reassignment), by the day the change takes effect. An undone decision leaves none.
     */
    public List<ScheduledChange> scheduledChanges() {
        return scheduledChanges(everyCurrentOrComingHolding());
    }

    /**
     * As {@link #scheduledChanges()}, among these ({@link #everyCurrentOrComingHolding()}): the holdings ending or
     * starting after today, grouped by dossier and day, soonest first.
     */
    public List<ScheduledChange> scheduledChanges(List<Holding> everyCurrentOrComing) {
        LocalDate today = today();
        Map<List<Object>, List<Holding>> byDossierAndDay = new LinkedHashMap<>();
        everyCurrentOrComing.stream().filter(h -> h.isScheduledAfter(today))
                .sorted(Comparator.comparing((Holding h) -> changeDay(h, today))
                        .thenComparing(h -> h.getDossier().getCode()))
                .forEach(h -> byDossierAndDay.computeIfAbsent(List.of(h.getDossier().getId(), changeDay(h, today)),
                        key -> new ArrayList<>()).add(h));
        return byDossierAndDay.values().stream().map(holdings -> new ScheduledChange(holdings.get(0).getDossier(),
                changeDay(holdings.get(0), today), holdings.stream().filter(h -> !h.isFutureOn(today)).toList(),
                holdings.stream().filter(h -> h.isFutureOn(today)).toList())).toList();
    }

    /** The day a holding decided for later changes something: its start if to come, else its end. */
    private static LocalDate changeDay(Holding holding, LocalDate today) {
        return holding.isFutureOn(today) ? holding.getValidFrom() : holding.getValidTo();
    }

    /**
     * Holdings, each a person's run of assignments on a dossier that follow each other (the earlier one ends
     * the day the next begins: an undo continued it) as one period; in the order of their first assignment.
     */
    static List<Holding> continuous(List<Assignment> assignments) {
        Map<List<Long>, List<Assignment>> byHolder = new LinkedHashMap<>();
        for (Assignment assignment : assignments) {
            byHolder.computeIfAbsent(List.of(assignment.getDossier().getId(), assignment.getStaffMember().getId()),
                    key -> new ArrayList<>()).add(assignment);
        }
        List<Holding> holdings = new ArrayList<>();
        for (List<Assignment> runs : byHolder.values()) {
            runs.sort(Comparator.comparing(Assignment::getValidFrom).thenComparing(Assignment::getId));
            Assignment first = null;
            LocalDate to = null;
            for (Assignment assignment : runs) {
                if (first != null && to != null && to.equals(assignment.getValidFrom())) {
                    to = assignment.getValidTo();
                    continue;
                }
                if (first != null) {
                    holdings.add(new Holding(first, first.getValidFrom(), to));
                }
                first = assignment;
                to = assignment.getValidTo();
            }
            holdings.add(new Holding(first, first.getValidFrom(), to));
        }
        return holdings;
    }

    /** The dossier's latest decision, which the coordinator may undo unless it is itself an undo. */
    public Optional<Reassignment> latestDecisionOf(Dossier dossier) {
        return decisions.findFirstByDossierOrderByIdDesc(dossier);
    }

    /** How many dossiers each of these people holds today, by staff member id (absent: none). */
    public Map<Long, Long> currentDossierCounts(Collection<Long> staffIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!staffIds.isEmpty()) {
            for (Object[] row : assignments.countCurrentByStaffMember(staffIds.toArray(Long[]::new), today())) {
                counts.put((Long) row[0], (Long) row[1]);
            }
        }
        return counts;
    }

    /** Everyone, present or gone, ordered by the number of dossiers each holds today, then by name. */
    public Page<StaffMember> staffByDossiersHeld(boolean descending, Pageable pageable) {
        PageRequest page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
        return descending ? assignments.findStaffByMostHeld(today(), page)
                : assignments.findStaffByFewestHeld(today(), page);
    }

    /** Whether this person holds, today, one of these dossiers (by code). */
    public boolean holdsAnyOf(String username, Collection<String> dossierCodes) {
        return assignments.findCurrentOf(username, today()).stream()
                .anyMatch(a -> dossierCodes.contains(a.getDossier().getCode()));
    }

    /** The ids of the partners whose dossier this person holds today. */
    public List<Long> partnerIdsHeldBy(String username) {
        return assignments.findPartnerIdsHeldBy(username, today());
    }

    /** The slugs of the partners whose dossier this person holds today. */
    public List<String> partnerSlugsHeldBy(String username) {
        return assignments.findPartnerSlugsHeldBy(username, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
