package be.brussels.international.coordination.calendar.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import be.brussels.international.coordination.shared.Brussels;
import be.brussels.international.coordination.event.LargeEvent;
import be.brussels.international.coordination.visit.DelegationVisit;
import be.brussels.international.coordination.visit.ProgrammeItem;
import be.brussels.international.coordination.visit.VisitDirection;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Visits and large events as an iCalendar feed (RFC 5545, written by ical4j): each visit and event an
 * all-day event, each programme
 * item a timed event in the time zone of where it takes place (Brussels for incoming delegations, the
 * partner's for missions abroad), with its VTIMEZONE. UIDs are stable so that a calendar program replaces
 * an event when the visit changes; SEQUENCE follows the visit's version. One DTSTAMP per event (ical4j's
 * constructors add one: it is replaced, never added), and lines folded at 75 octets as RFC 5545 (3.1) asks:
 * ical4j's own folding counts characters, so an accented or Chinese title went past 75 octets.
 */
@Component
class CalendarFeed {

    static final String DOMAIN = "coordination.brussels-international.be";

    /** RFC 5545, 3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break." */
    static final int FOLD_OCTETS = 75;

    private final MessageSource messages;

    private final Clock clock;

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    CalendarFeed(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    String write(List<DelegationVisit> visits, List<LargeEvent> events, Locale locale) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Brussels International//Coordination//" + locale.getLanguage().toUpperCase()));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        Set<ZoneId> usedZones = new LinkedHashSet<>();
        Instant now = clock.instant();
        for (DelegationVisit visit : visits) {
            VEvent whole = new VEvent(visit.getStartsOn(), visit.getEndsOn().plusDays(1), visit.getTitle());
            describe(whole, "visit-" + visit.getId(), visit, now);
            String kind = messages.getMessage("visit.kind." + visit.getKind(), null, locale);
            String status = messages.getMessage("visit.status." + visit.getStatus(), null, locale);
            whole.add(new Description(kind + " · " + status));
            calendar.add(whole);
            ZoneId zone = zoneOf(visit);
            for (ProgrammeItem item : visit.getProgramme()) {
                usedZones.add(zone);
                VEvent timed = new VEvent(ZonedDateTime.of(item.getDay(), item.getStartsAt(), zone),
                        ZonedDateTime.of(item.getDay(), item.getEndsAt(), zone),
                        item.getActivity() + " · " + visit.getTitle());
                describe(timed, "programme-item-" + item.getId(), visit, now);
                if (item.getVenue() != null) {
                    timed.add(new Location(item.getVenue()));
                }
                calendar.add(timed);
            }
        }
        for (LargeEvent event : events) {
            VEvent whole = new VEvent(event.getStartsOn(), event.getEndsOn().plusDays(1), event.getTitle().in(locale));
            whole.add(new Uid("event-" + event.getId() + "@" + DOMAIN));
            whole.replace(new DtStamp(now));
            whole.add(new Sequence((int) event.getVersion()));
            whole.add(new Description(messages.getMessage("event.kind." + event.getKind(), null, locale)));
            if (event.getCity() != null) {
                whole.add(new Location(event.getCity()));
            }
            calendar.add(whole);
        }
        for (ZoneId zone : usedZones) {
            calendar.add(zones.getTimeZone(zone.getId()).getVTimeZone());
        }
        return folded(calendar.toString());
    }

    /**
     * Each content line cut before it passes {@link #FOLD_OCTETS} octets of UTF-8, never inside a character;
     * each continuation starts with a space (which counts in its 75).
     */
    static String folded(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 60 * 3);
        for (String line : unfolded.split("\r\n", -1)) {
            if (out.length() > 0) {
                out.append("\r\n");
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
                if (octets + size > FOLD_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
        }
        return out.toString();
    }

    private static void describe(VEvent event, String uid, DelegationVisit visit, Instant now) {
        event.add(new Uid(uid + "@" + DOMAIN));
        event.replace(new DtStamp(now));
        event.add(new Sequence((int) visit.getVersion()));
    }

    /** Programme times are local to where they take place. */
    private static ZoneId zoneOf(DelegationVisit visit) {
        return visit.getDirection() == VisitDirection.OUTGOING && visit.getPartner() != null
                ? visit.getPartner().getTimeZone() : Brussels.ZONE;
    }
}
