package be.brussels.international.coordination.overview;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.brussels.international.coordination.communication.CommunicationRights;
import be.brussels.international.coordination.agreement.AgreementAlert;
import be.brussels.international.coordination.agreement.Agreements;
import be.brussels.international.coordination.agreement.Agreements.Attention;
import be.brussels.international.coordination.dossier.Holding;
import be.brussels.international.coordination.dossier.ScheduledChange;
import be.brussels.international.coordination.dossier.Dossier;
import be.brussels.international.coordination.dossier.DossierKind;
import be.brussels.international.coordination.dossier.DossierQueries;
import be.brussels.international.coordination.dossier.Reassignments;
import be.brussels.international.coordination.dossier.Workload;
import be.brussels.international.coordination.event.Events;
import be.brussels.international.coordination.event.LargeEvent;
import be.brussels.international.coordination.security.LoginAccounts;
import be.brussels.international.coordination.shared.ReaderRoles;
import be.brussels.international.coordination.staff.PeopleNames;
import be.brussels.international.coordination.visit.DelegationVisit;
import be.brussels.international.coordination.visit.Visits;
import be.brussels.international.coordination.overview.Watchlist.DueReport;
import be.brussels.international.coordination.overview.Watchlist.EditionToApprove;
import be.brussels.international.coordination.overview.Watchlist.EditorialDue;
import be.brussels.international.coordination.overview.Watchlist.QuietPartner;
import be.brussels.international.coordination.overview.Watchlist.Watch;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the home page shows, read in one read-only transaction: one connection and one snapshot for its ten
 * reads, where each service alone opens and commits its own (measured at 10×: a tenth of the page's time).
 */
@Service
@PreAuthorize("hasRole('STAFF')")
public class HomePage {

    /** A relation without a note, a visit or an event for this long is flagged. */
    private static final int QUIET_MONTHS = 12;

    /** How many coming visits (and events) the home page lists; the calendar has them all. */
    private static final int COMING_SHOWN = 10;

    /** How far ahead the home page looks for visits and events. */
    private static final int COMING_DAYS = 30;

    /**
     * The page of one person. {@code wholeCell}: the coordinator's view (and the administrator's), of every
     * partner; otherwise of the partners whose dossier the person holds (and of every visit for the protocol
     * officer).
     */
    public record Contents(PeopleNames.Person member, Map<DossierKind, List<Holding>> portfolio, Instant newSince,
            boolean wholeCell, List<Attention> attention, Page<DelegationVisit> comingVisits,
            Page<LargeEvent> comingEvents, List<Dossier> withoutHolder, List<QuietPartner> quiet,
            List<DueReport> dueReports, LocalDate today, Workload workload, List<ScheduledChange> scheduled,
            boolean protocol, long comingLater, List<DelegationVisit> escortsToRequest, boolean communication,
            List<EditorialDue> editorialDue, List<EditionToApprove> toApprove) {

        /** How many agreements carry each alert, in the order of the alerts (an agreement may carry several). */
        public Map<AgreementAlert, Long> attentionCounts() {
            Map<AgreementAlert, Long> counts = new EnumMap<>(AgreementAlert.class);
            attention.forEach(a -> a.alerts().forEach(alert -> counts.merge(alert, 1L, Long::sum)));
            return counts;
        }

        /** The people holding the most dossiers first, at most {@code shown}. */
        public List<Workload.PersonLoad> busiest(int shown) {
            return workload == null ? List.of() : workload.sortedBy("total", true).people().stream().limit(shown)
                    .toList();
        }

        /** How many items of the editorial calendar should have been published and are not. */
        public long overduePublications() {
            return editorialDue.stream().filter(EditorialDue::overdue).count();
        }

        /** Nothing needs the reader: no alert, no report due, no deadline (an overdue publication included). */
        public boolean nothingDue() {
            return attention.isEmpty() && dueReports.isEmpty() && escortsToRequest.isEmpty()
                    && overduePublications() == 0 && toApprove.isEmpty()
                    && (!wholeCell || (withoutHolder.isEmpty() && scheduled.isEmpty()));
        }
    }

    /** How far the protocol officer's view of coming visits reaches beyond the home page's month. */
    private static final int LATER_DAYS = 90;

    /** How far ahead escorts to request are looked for. */
    private static final int ESCORT_DAYS = 30;

    private final DossierQueries dossiers;

    private final LoginAccounts logins;

    private final Agreements agreements;

    private final Visits visits;

    private final Events events;

    private final Reassignments reassignments;

    private final Watchlist watchlist;

    private final ReaderRoles roles;

    private final Clock clock;

    private final CommunicationRights communicationRights;

    private final PeopleNames people;

    HomePage(DossierQueries dossiers, LoginAccounts logins, Agreements agreements,
            Visits visits, Events events, Reassignments reassignments, Watchlist watchlist,
            ReaderRoles roles, Clock clock, CommunicationRights communicationRights, PeopleNames people) {
        this.dossiers = dossiers;
        this.logins = logins;
        this.agreements = agreements;
        this.visits = visits;
        this.events = events;
        this.reassignments = reassignments;
        this.watchlist = watchlist;
        this.roles = roles;
        this.clock = clock;
        this.communicationRights = communicationRights;
        this.people = people;
    }

    /** The home page of the signed-in reader, {@code username}. */
    @Transactional(readOnly = true)
    public Contents of(String username, Locale locale) {
        boolean coordinator = roles.has("COORDINATOR");
        boolean protocol = roles.has("PROTOCOL");
        LocalDate today = LocalDate.now(clock);
        // The coordinator's page reads the cell once (every holding of today and later, the people, the dossiers without
        // holder): the changes to come, the workload and their own portfolio all come from it.
        DossierQueries.Cell cell = coordinator ? dossiers.cell(locale) : null;
        List<Holding> everyone = coordinator ? cell.holdings() : null;
        Workload workload = coordinator ? reassignments.workload(cell) : null;
        Map<DossierKind, List<Holding>> portfolio = coordinator ? dossiers.portfolioOf(username, everyone, locale)
                : dossiers.portfolioOf(username, locale);
        List<Long> mine = dossiers.partnerIdsHeldToday(portfolio);
        // Who runs communication (the coordinator, a holder of its dossier) sees what is to be published this week.
        boolean communication = coordinator || portfolio.values().stream().flatMap(List::stream)
                .anyMatch(holding -> CommunicationRights.COMMUNICATION_DOSSIER.equals(holding.getDossier().getCode()));
        // Relations that may be going cold (no note, visit or event for a year) and the reports due, in one statement.
        // Projects are of development-cooperation partners only (PartnersWithProjects): the reports due of the
        // development-cooperation dossiers held, none asked for a reader who holds none.
        // What is to be published this week too, for who runs the communication (checked again by its rights).
        if (communication) {
            communicationRights.checkCanManage();
        }
        Watch watch = watchlist.of(coordinator ? null : mine, coordinator ? null : dossiers.partnerIdsHeldToday(
                Map.of(DossierKind.DEVELOPMENT_COOPERATION,
                        portfolio.getOrDefault(DossierKind.DEVELOPMENT_COOPERATION, List.of()))), communication,
                // The editions waiting for approval, for the coordinator (who alone approves), in the same statement.
                coordinator, QUIET_MONTHS, locale);
        // The protocol officer's coming visits, those later and the escorts to request: one statement.
        Visits.ProtocolComing protocolComing = protocol
                ? visits.protocolComing(COMING_DAYS, COMING_SHOWN, LATER_DAYS, ESCORT_DAYS) : null;
        // The reader's name and title as kept in memory (PeopleNames: a change made anywhere shows within seconds).
        return new Contents(people.person(username).orElse(null), portfolio,
                // Dossiers given to the person since their previous login are highlighted.
                logins.previousLoginOf(username).orElse(null), coordinator,
                agreements.needingAttention(coordinator ? null : mine, locale),
                protocol ? protocolComing.coming() : visits.coming(COMING_DAYS, mine, COMING_SHOWN),
                events.between(today, today.plusDays(COMING_DAYS), COMING_SHOWN),
                coordinator ? workload.withoutHolder() : List.of(), watch.quiet(), watch.dueReports(),
                today, workload,
                coordinator ? dossiers.scheduledChanges(everyone) : List.of(), protocol,
                protocol ? protocolComing.later() : 0, protocol ? protocolComing.escorts() : List.of(), communication,
                watch.editorialDue(), watch.toApprove());
    }

    /** The agreements needing the reader's attention (the whole cell's for the coordinator), as on the home page. */
    @Transactional(readOnly = true)
    public List<Attention> attention(String username, Locale locale) {
        boolean coordinator = roles.has("COORDINATOR");
        return agreements.needingAttention(coordinator ? null : dossiers.partnerIdsHeldBy(username), locale);
    }
}
