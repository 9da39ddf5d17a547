package be.brussels.international.coordination.communication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import be.brussels.international.coordination.event.Events;
import be.brussels.international.coordination.event.LargeEvent;
import be.brussels.international.coordination.shared.Choice;
import be.brussels.international.coordination.shared.Dates;
import be.brussels.international.coordination.shared.Refused;
import be.brussels.international.coordination.visit.DelegationVisit;
import be.brussels.international.coordination.visit.Visits;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events and visits an article or an editorial item can be about: those of six months before and after
 * today, soonest first, and the one already chosen whenever it was.
 */
@Component
public class SourceChoices {

    private final Events events;

    private final Visits visits;

    private final Clock clock;

    SourceChoices(Events events, Visits visits, Clock clock) {
        this.events = events;
        this.visits = visits;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Choice> events(Locale locale, Long kept) {
        LocalDate today = LocalDate.now(clock);
        List<LargeEvent> shown = new ArrayList<>(events.between(today.minusMonths(6), today.plusMonths(6)));
        Optional.ofNullable(kept).flatMap(events::find).filter(event -> !shown.contains(event)).ifPresent(shown::add);
        return shown.stream().sorted(Comparator.comparing(LargeEvent::getStartsOn))
                .map(event -> Choice.of(event.getId().toString(),
                        Dates.medium(event.getStartsOn(), locale) + " — " + event.getTitle().in(locale)))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Choice> visits(Locale locale, Long kept) {
        LocalDate today = LocalDate.now(clock);
        List<DelegationVisit> shown = new ArrayList<>(visits.forCalendar(today.minusMonths(6), today.plusMonths(6)));
        Optional.ofNullable(kept).flatMap(visits::find).filter(visit -> !shown.contains(visit)).ifPresent(shown::add);
        return shown.stream().sorted(Comparator.comparing(DelegationVisit::getStartsOn))
                .map(visit -> Choice.of(visit.getId().toString(),
                        Dates.medium(visit.getStartsOn(), locale) + " — " + visit.getTitle()))
                .toList();
    }

    /** Refuses an event or a visit that does not exist (on the form's {@code event} or {@code visit} field). */
    @Transactional(readOnly = true)
    public void check(Long event, Long visit) {
        if (event != null && events.find(event).isEmpty()) {
            throw new Refused("edition.source.unknown").onField("event");
        }
        if (visit != null && visits.find(visit).isEmpty()) {
            throw new Refused("edition.source.unknown").onField("visit");
        }
    }

    /** The title of an event, in that language; empty when it no longer exists. */
    @Transactional(readOnly = true)
    public Optional<String> eventTitle(Long id, Locale locale) {
        return id == null ? Optional.empty() : events.find(id).map(event -> event.getTitle().in(locale));
    }

    @Transactional(readOnly = true)
    public Optional<String> visitTitle(Long id) {
        return id == null ? Optional.empty() : visits.find(id).map(DelegationVisit::getTitle);
    }
}
