package be.brussels.international.coordination.staff;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import be.brussels.international.coordination.shared.KeptInMemory;
import be.brussels.international.coordination.shared.LocalizedText;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * People by name (and title) wherever the application records who did something by their login (a note's author, who
 * decided a reassignment, logged a visit, recorded an agreement's life event, made a change in the history):
 * "Florence Vandernoot", not "fvandernoot". The cell's thirty names are read once, after the migrations, and
 * again when they change ({@link #reload}); a page never queries for them. The accounts that are not people read
 * as what they are ("Données de référence", "Système"); an unknown login as itself. Templates call it as
 * {@code @people.name(login)}.
 * <p>
 * Several instances may run: a change made through another one (or by SQL) bumps {@code reference_version}
 * (a trigger on {@code staff_member}, V34), which every instance reads every two seconds
 * ({@code coordination.reference.check}), reading the names again when it moved. A name is thus never stale for
 * longer than that interval and one read; on the instance that made the change, not at all (an arrival reloads
 * at its commit).
 */
@Component("people")
public class PeopleNames implements SmartInitializingSingleton, KeptInMemory {

    /** Who recorded what the migrations put in place, and what the application did of itself. */
    private static final Map<String, String> NOT_PEOPLE = Map.of("reference-data", "people.referenceData",
            "system", "people.system");

    private final JdbcTemplate jdbc;

    private final MessageSource messages;

    /** A member of the cell as pages name them: their name and their title in the three languages. */
    public static final class Person {

        private final String username;

        private final String fullName;

        private final LocalizedText title;

        Person(String username, String fullName, LocalizedText title) {
            this.username = username;
            this.fullName = fullName;
            this.title = title;
        }

        public String getUsername() {
            return username;
        }

        public String getFullName() {
            return fullName;
        }

        public LocalizedText getTitle() {
            return title;
        }
    }

    /** Replaced whole by {@link #reload}, never changed in place: a page reads one consistent set. */
    private volatile Map<String, Person> people = Map.of();

    /** The version of {@code staff_member} the names were read at (reference_version). */
    private volatile long version = -1;

    /** How many times the names were read (written by one thread at a time: the reloads are synchronized). */
    private volatile long reloads;

    private final boolean watching;

    PeopleNames(JdbcTemplate jdbc, MessageSource messages,
            @Value("${coordination.reference.watch:true}") boolean watching) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.watching = watching;
    }

    /** Every instance, every {@code coordination.reference.check}: the names again if they changed anywhere. */
    @Scheduled(fixedDelayString = "${coordination.reference.check:PT2S}",
            initialDelayString = "${coordination.reference.check:PT2S}")
    void watch() {
        if (watching) {
            reloadIfChanged();
        }
    }

    /** Reads the names again if they changed since they were read (one query when they did not). */
    public boolean reloadIfChanged() {
        if (currentVersion() == version) {
            return false;
        }
        reload();
        return true;
    }

    @Override
    public void afterSingletonsInstantiated() {
        reload();
    }

    /** A person who joined is named from the moment their arrival is committed. */
    @TransactionalEventListener
    void onArrival(StaffMemberArrived arrived) {
        reload();
    }

    /** Moves at every {@link #reload}, whether or not the names changed. */
    @Override
    public long keptVersion() {
        return reloads;
    }

    /** Reads every person's name again. */
    public synchronized void reload() {
        // The version first: a change committed between the two reads is read again at the next check.
        long readVersion = currentVersion();
        Map<String, Person> read = new HashMap<>();
        jdbc.query("select username, first_name || ' ' || last_name, title_fr, title_nl, title_en from staff_member",
                row -> {
                    read.put(row.getString(1), new Person(row.getString(1), row.getString(2),
                            new LocalizedText(row.getString(3), row.getString(4), row.getString(5))));
                });
        people = Map.copyOf(read);
        version = readVersion;
        reloads++;
    }

    private long currentVersion() {
        return jdbc.queryForObject("select version from reference_version where name = 'staff_member'", Long.class);
    }

    /** A member of the cell (not an account that is no person, such as {@code admin}). */
    public boolean isPerson(String login) {
        return login != null && people.containsKey(login);
    }

    /** The person's name, in the reader's language for the accounts that are not people; null for null. */
    /**
     * A decision's reason as the reader reads it: the one the reference data gave (written in French once, in a
     * migration) in the reader's language; a person's own words as they were written.
     */
    public String reason(String decidedBy, String reason) {
        return "reference-data".equals(decidedBy) && reason != null
                ? messages.getMessage("people.referenceData.reason", null, LocaleContextHolder.getLocale()) : reason;
    }

    public String name(String login) {
        if (login == null) {
            return null;
        }
        String key = NOT_PEOPLE.get(login);
        if (key != null) {
            return messages.getMessage(key, null, LocaleContextHolder.getLocale());
        }
        Person person = people.get(login);
        return person == null ? login : person.getFullName();
    }

    /** The member of the cell with this login, as last read; empty for an account that is no person. */
    public Optional<Person> person(String login) {
        return Optional.ofNullable(login == null ? null : people.get(login));
    }
}
