package be.brussels.international.coordination.staff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import java.time.Clock;
import java.time.LocalDate;

import be.brussels.international.coordination.shared.Choice;
import be.brussels.international.coordination.shared.Languages;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the members of the cell. Every logged-in member may read it. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('STAFF')")
public class StaffDirectory {

    /** By name as lists order names, accents and capitals aside ({@code sort_key}: « Évrard » among the E). */
    private static Sort byName(Sort.Direction direction) {
        return JpaSort.unsafe(direction, "sort_key(s.lastName)", "sort_key(s.firstName)", "s.username");
    }

    private final StaffRepository staff;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    StaffDirectory(StaffRepository staff, ApplicationEventPublisher events, Clock clock) {
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    public Optional<StaffMember> findByUsername(String username) {
        return staff.findByUsername(username);
    }

    /**
     * The columns the staff list can be sorted by; the number of dossiers held is {@code DossierQueries}'
     * to sort by, the staff module knowing nothing of dossiers.
     */
    public static final List<String> SORTABLE = List.of("name", "title", "dossiers");

    /** Everyone, present or gone, by name or by title in the reader's language (then by name). */
    public Page<StaffMember> all(String column, boolean descending, Locale locale, Pageable pageable) {
        Sort.Direction direction = descending ? Sort.Direction.DESC : Sort.Direction.ASC;
        Sort order = "title".equals(column)
                ? JpaSort.unsafe(direction, "sort_key(s.title." + Languages.of(locale) + ")").and(byName(Sort.Direction.ASC))
                : byName(direction);
        return staff.findSorted(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order));
    }

    /**
     * Records a person who joins the cell. Their login must exist already (the account comes first: see the
     * security module's {@code Accounts}); they can be given dossiers at once.
     */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public StaffMember arrive(Arrival arrival) {
        if (arrival.startedOn() != null && arrival.startedOn().isAfter(LocalDate.now(clock).plusYears(1))) {
            // An arrival is recorded when it is known, within the coming year.
            throw new Refused("staff.refused.startTooLate").onField("startedOn");
        }
        StaffMember member = staff.save(new StaffMember(arrival));
        events.publishEvent(new StaffMemberArrived(arrival.username()));
        return member;
    }

    /**
     * Records that the person left the cell on that day: they disappear from the choices of holders, keep
     * their history, and can no longer log in.
     */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public void markLeft(String username, LocalDate on) {
        StaffMember member = staff.findByUsername(username).orElseThrow(() -> new NotFoundException("Staff", username));
        member.leave(on);
        events.publishEvent(new StaffMemberLeft(username, on));
    }

    /** A person sets (or clears, with null) their own notification address; an administrator may do it for anyone. */
    @Transactional
    @PreAuthorize("#username == authentication.name or hasRole('ADMIN')")
    public void changeEmail(String username, String email) {
        staff.findByUsername(username).orElseThrow(() -> new NotFoundException("Staff", username)).changeEmail(email);
    }

    /**
     * The people who work in the cell today, by last name as every list orders names (« Évrard » among the E, where
     * the database's collation may put it after Z): the workload, the choices of holders.
     */
    public List<StaffMember> present() {
        List<StaffMember> present = new ArrayList<>(staff.findAllByLeftOnIsNull(Sort.unsorted()));
        present.sort(BY_NAME);
        return List.copyOf(present);
    }

    /** People by last name, first name, then login, as every list orders names ({@link Languages#NAMES}). */
    public static final Comparator<StaffMember> BY_NAME = Comparator.comparing(StaffMember::getLastName, Languages.NAMES)
            .thenComparing(StaffMember::getFirstName, Languages.NAMES).thenComparing(StaffMember::getUsername);

    /** The same people as {@link #present()}, as the choices of a filter: username and full name. */
    public List<Choice> presentChoices() {
        return staff.findPresentChoices();
    }
}
