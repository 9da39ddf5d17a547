package be.brussels.international.coordination.generator;

import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills a migrated database (reference data in place) with reproducible, realistic data at a multiple of the
 * cell's size: at scale 1, 30 partners, 10 staff, 300 dossiers, 5 000 visits with their members and
 * programme, 2 000 events, 500 agreements, 10 000 notes, 300 contacts, and the audit rows (one revision per
 * hundred rows) that such a history leaves; at scale 10, ten times that. The same seed gives the same data
 * (dates span 2017–2027 whatever today is; only generated identifiers differ between databases).
 *
 * <p>Used by the benchmark ({@link BenchmarkDatabases}) and, at a small scale inside rolled-back
 * transactions, by the tests that prove pages cost the same number of statements at any size.
 */
public final class DataGenerator {

    static final LocalDate FIRST_DAY = LocalDate.of(2017, 1, 1);

    static final int DAYS = 11 * 365;

    private static final int ROWS_PER_REVISION = 100;

    private static final int BATCH = 1_000;

    private static final String[] FIRST_NAMES = {"Anne", "Bart", "Camille", "David", "Els", "Fatima", "Geert",
        "Hélène", "Ilse", "Jean", "Karim", "Lies", "Marc", "Nadia", "Olivier", "Pieter", "Quentin", "Rachida",
        "Sofie", "Thomas", "Ursula", "Vincent", "Wouter", "Xavier", "Yasmina", "Zoé", "Chloé", "Jérôme", "Eléonore",
        "Françoise"};

    private static final String[] LAST_NAMES = {"Janssens", "Peeters", "Dubois", "Lambert", "Maes", "Jacobs",
        "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Lejeune", "Renard", "Van den Bossche",
        "Desmet", "Martin", "Leclercq", "Hermans", "Michiels", "El Amrani", "Nguyen", "Kowalski", "Tremblay",
        "Müller", "Sørensen", "Lefèvre", "Çelik", "Gómez", "Dvořák"};

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "to", "ve", "sa", "di", "no", "bel", "mar",
        "tin", "gra", "por", "lu", "zen", "val", "qui", "é", "ho"};

    private static final String[] VISIT_TITLES = {"Mission économique", "Visite officielle", "Délégation ministérielle",
        "Visite de travail", "Forum des villes", "Mission d’étude", "Rencontre bilatérale", "Séminaire urbain",
        "Visite protocolaire", "Mission culturelle"};

    private static final String[] ACTIVITIES = {"Accueil à l’aéroport", "Réunion de travail", "Déjeuner officiel",
        "Visite de site", "Conférence de presse", "Dîner", "Réception", "Table ronde", "Visite culturelle",
        "Départ"};

    private static final String[] EVENT_KINDS = {"WORLD_EXPO", "INTERNATIONAL_EXPO", "BRUSSELS_DAYS", "EAT_BRUSSELS",
        "COLLOQUIUM", "STATE_VISIT", "RECEPTION", "OTHER"};

    private static final String[] AGREEMENT_KINDS = {"COOPERATION_AGREEMENT", "ARRANGEMENT",
        "MEMORANDUM_OF_UNDERSTANDING", "ACTION_PROGRAMME"};

    private static final String[] CONTINENTS = {"AFRICA", "NORTH_AMERICA", "SOUTH_AMERICA", "ASIA", "EUROPE",
        "OCEANIA"};

    private static final String[] NOTE_KINDS = {"CALL", "MEETING", "MAIL", "OTHER"};

    /** How much of each kind the generator adds at scale 1 (the cell's own size). */
    public record Volumes(int partners, int staff, int dossiers, int visits, int events, int agreements, int notes,
            int contacts) {

        public static Volumes at(double scale) {
            return new Volumes((int) Math.round(30 * scale), (int) Math.round(10 * scale),
                    (int) Math.round(300 * scale), (int) Math.round(5_000 * scale), (int) Math.round(2_000 * scale),
                    (int) Math.round(500 * scale), (int) Math.round(10_000 * scale), (int) Math.round(300 * scale));
        }
    }

    private final JdbcTemplate jdbc;

    private final long seed;

    public DataGenerator(JdbcTemplate jdbc, long seed) {
        this.jdbc = jdbc;
        this.seed = seed;
    }

    /** Adds what is missing for the database to hold this multiple of the cell's size. */
    public void fill(double scale) {
        fill(Volumes.at(scale));
    }

    /** Adds what is missing for the database to hold (at least) these numbers of rows. */
    public void fill(Volumes target) {
        long[] before = new long[AUDITED.length];
        for (int i = 0; i < AUDITED.length; i++) {
            before[i] = maxId(AUDITED[i]);
        }
        addPartners(target.partners() - count("partner"));
        addStaff(target.staff() - count("staff_member"));
        addDossiers(target.dossiers());
        addVisits(target.visits() - count("delegation_visit"));
        addEvents(target.events() - count("large_event"));
        addAgreements(target.agreements());
        addNotes(target.notes() - count("partner_note"));
        addContacts(target.contacts());
        for (int i = 0; i < AUDITED.length; i++) {
            audit(AUDITED[i], before[i]);
        }
    }

    private static final String[] AUDITED = {"partner", "user_account", "staff_member", "dossier", "assignment",
        "delegation_visit", "visit_member", "programme_item", "large_event", "agreement", "partner_note",
        "partner_contact"};

    private void addPartners(int howMany) {
        SplittableRandom random = random(1);
        List<Object[]> rows = new ArrayList<>();
        int first = count("partner");
        for (int i = 0; i < howMany; i++) {
            String name = capitalize(word(random, 2 + random.nextInt(2)));
            String slug = "gen-" + (first + i + 1) + "-" + ascii(name);
            String continent = pick(random, CONTINENTS);
            rows.add(new Object[] {slug, "Ville de " + name, name, name + (random.nextBoolean() ? "" : "stad"), name,
                "CITY", countryCode(random), continent, "Europe/Brussels", random.nextInt(4) == 0,
                // Partnerships of several years (a partner of the last twelve months is not among the quiet ones).
                Date.valueOf(LocalDate.now().minusDays(400 + random.nextInt(4000)))});
        }
        batch("""
                insert into partner (slug, designation_fr, name_fr, name_nl, name_en, kind, country_code, continent,
                                     time_zone, development_cooperation, registered_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private void addStaff(int howMany) {
        SplittableRandom random = random(2);
        List<Object[]> accounts = new ArrayList<>();
        List<Object[]> people = new ArrayList<>();
        int first = count("staff_member");
        for (int i = 0; i < howMany; i++) {
            String firstName = pick(random, FIRST_NAMES);
            String lastName = pick(random, LAST_NAMES);
            String username = "gen" + (first + i + 1) + ascii(lastName).replace("-", "");
            accounts.add(new Object[] {username});
            people.add(new Object[] {username, firstName, lastName});
        }
        batch("insert into user_account (username, role) values (?, 'STAFF')", accounts);
        batch("""
                insert into staff_member (username, first_name, last_name, title_fr, title_nl, title_en)
                values (?, ?, ?, 'Attaché', 'Attaché', 'Attaché')""", people);
    }

    /** A dossier for every partner without one, thematic ones up to the target, each with a holder. */
    private void addDossiers(int target) {
        SplittableRandom random = random(3);
        jdbc.update("""
                insert into dossier (code, kind, partner_id)
                select p.slug, case when p.development_cooperation then 'DEVELOPMENT_COOPERATION' else 'BILATERAL' end, p.id
                  from partner p where not exists (select 1 from dossier d where d.partner_id = p.id) order by p.id""");
        List<Object[]> thematic = new ArrayList<>();
        int existing = count("dossier");
        for (int i = existing; i < target; i++) {
            String theme = capitalize(word(random, 3));
            thematic.add(new Object[] {"theme-" + (i + 1), "Thème " + theme, "Thema " + theme, "Theme " + theme});
        }
        batch("insert into dossier (code, kind, title_fr, title_nl, title_en) values (?, 'THEMATIC', ?, ?, ?)", thematic);
        List<Long> staff = jdbc.queryForList("select id from staff_member where left_on is null order by id", Long.class);
        List<Long> orphans = jdbc.queryForList("""
                select d.id from dossier d where not exists (select 1 from assignment a where a.dossier_id = d.id)
                order by d.id""", Long.class);
        List<Object[]> assignments = new ArrayList<>();
        for (long dossier : orphans) {
            long past = staff.get(random.nextInt(staff.size()));
            long current = staff.get(random.nextInt(staff.size()));
            LocalDate handOver = day(random.nextInt(DAYS - 400));
            if (past != current) {
                assignments.add(new Object[] {dossier, past, Date.valueOf(FIRST_DAY), Date.valueOf(handOver)});
            }
            assignments.add(new Object[] {dossier, current, Date.valueOf(past != current ? handOver : FIRST_DAY), null});
        }
        batch("""
                insert into assignment (dossier_id, staff_member_id, valid_from, valid_to, decided_by, reason)
                values (?, ?, ?, ?, 'gclerckx', 'Répartition')""", assignments);
    }

    private void addVisits(int howMany) {
        SplittableRandom random = random(4);
        List<Partner> partners = partners();
        List<String> staff = jdbc.queryForList("select username from staff_member order by id", String.class);
        long before = maxId("delegation_visit");
        List<Object[]> visits = new ArrayList<>();
        List<int[]> shapes = new ArrayList<>();
        for (int i = 0; i < howMany; i++) {
            Partner partner = partners.get(random.nextInt(partners.size()));
            LocalDate start = day(random.nextInt(DAYS));
            LocalDate end = start.plusDays(random.nextInt(5));
            boolean past = end.isBefore(LocalDate.of(2026, 11, 1));
            String status = past ? (random.nextInt(10) == 0 ? "CANCELLED" : "COMPLETED")
                    : (random.nextBoolean() ? "PLANNED" : "CONFIRMED");
            visits.add(new Object[] {random.nextInt(3) == 0 ? "OUTGOING" : "INCOMING",
                pick(random, new String[] {"STATE", "OFFICIAL", "WORKING", "OTHER"}), partner.id(),
                pick(random, VISIT_TITLES) + " " + partner.name(), Date.valueOf(start), Date.valueOf(end),
                pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES), status,
                status.equals("COMPLETED") ? "Accords de principe ; suivi par le titulaire du dossier." : null,
                staff.get(random.nextInt(staff.size()))});
            shapes.add(new int[] {1 + random.nextInt(6), random.nextInt(9), (int) (end.toEpochDay() - start.toEpochDay())});
        }
        batch("""
                insert into delegation_visit (direction, kind, partner_id, title, starts_on, ends_on, head_name, status,
                                              outcomes, logged_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", visits);
        List<Long> ids = jdbc.queryForList("select id from delegation_visit where id > ? order by id", Long.class, before);
        List<Object[]> members = new ArrayList<>();
        List<Object[]> items = new ArrayList<>();
        for (int v = 0; v < ids.size(); v++) {
            int[] shape = shapes.get(v);
            LocalDate start = ((Date) visits.get(v)[4]).toLocalDate();
            for (int m = 1; m <= shape[0]; m++) {
                members.add(new Object[] {ids.get(v), pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES),
                    "Cabinet du maire", m});
            }
            for (int p = 0; p < shape[1]; p++) {
                LocalTime from = LocalTime.of(8 + random.nextInt(10), random.nextBoolean() ? 0 : 30);
                items.add(new Object[] {ids.get(v), Date.valueOf(start.plusDays(random.nextInt(shape[2] + 1))),
                    Time.valueOf(from), Time.valueOf(from.plusMinutes(30 + 30L * random.nextInt(4))),
                    pick(random, ACTIVITIES)});
            }
        }
        // One update of each visit's search text at the end rather than one per member (see V15__search.sql).
        jdbc.execute("alter table visit_member disable trigger visit_member_search_text");
        batch("insert into visit_member (visit_id, name, organisation, precedence) values (?, ?, ?, ?)", members);
        jdbc.execute("alter table visit_member enable trigger visit_member_search_text");
        jdbc.update("update delegation_visit set search_text = null where id > ?", before);
        batch("insert into programme_item (visit_id, day, starts_at, ends_at, activity) values (?, ?, ?, ?, ?)", items);
    }

    private void addEvents(int howMany) {
        SplittableRandom random = random(5);
        List<Partner> partners = partners();
        long before = maxId("large_event");
        List<Object[]> events = new ArrayList<>();
        List<Long> partnerOfEvent = new ArrayList<>();
        for (int i = 0; i < howMany; i++) {
            Partner partner = partners.get(random.nextInt(partners.size()));
            LocalDate start = day(random.nextInt(DAYS));
            boolean past = start.isBefore(LocalDate.of(2026, 11, 1));
            String theme = capitalize(word(random, 2));
            events.add(new Object[] {pick(random, EVENT_KINDS), "Colloque " + theme + " " + partner.name(),
                "Colloquium " + theme + " " + partner.name(), "Colloquium " + theme + " " + partner.name(),
                Date.valueOf(start), Date.valueOf(start.plusDays(random.nextInt(3))), partner.name(),
                past ? "HELD" : "PLANNED"});
            partnerOfEvent.add(partner.id());
        }
        batch("""
                insert into large_event (kind, title_fr, title_nl, title_en, starts_on, ends_on, city, status)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", events);
        List<Long> ids = jdbc.queryForList("select id from large_event where id > ? order by id", Long.class, before);
        List<Object[]> links = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            links.add(new Object[] {ids.get(i), partnerOfEvent.get(i)});
        }
        batch("insert into large_event_partner (event_id, partner_id) values (?, ?)", links);
    }

    private void addAgreements(int target) {
        SplittableRandom random = random(6);
        List<Partner> partners = partners();
        List<Object[]> agreements = new ArrayList<>();
        for (int i = count("agreement"); i < target; i++) {
            Partner partner = partners.get(random.nextInt(partners.size()));
            LocalDate signed = day(random.nextInt(DAYS - 800));
            LocalDate inForce = signed.plusDays(random.nextInt(90));
            LocalDate expires = inForce.plusYears(1 + random.nextInt(5));
            agreements.add(new Object[] {partner.id(), pick(random, AGREEMENT_KINDS),
                "Programme d’action " + (2017 + random.nextInt(11)) + " avec " + partner.name(),
                "Actieprogramma met " + partner.name(), "Action programme with " + partner.name(),
                Date.valueOf(signed), Date.valueOf(inForce), Date.valueOf(expires), "Bruxelles",
                expires.isBefore(LocalDate.of(2026, 11, 1)) ? "EXPIRED" : "IN_FORCE"});
        }
        batch("""
                insert into agreement (partner_id, kind, title_fr, title_nl, title_en, signed_on, in_force_on,
                                       expires_on, signed_at, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                agreements);
    }

    private void addNotes(int howMany) {
        SplittableRandom random = random(7);
        List<Partner> partners = partners();
        List<String> staff = jdbc.queryForList("select username from staff_member order by id", String.class);
        List<Object[]> notes = new ArrayList<>();
        for (int i = 0; i < howMany; i++) {
            notes.add(new Object[] {partners.get(random.nextInt(partners.size())).id(), pick(random, NOTE_KINDS),
                Date.valueOf(day(random.nextInt(DAYS - 400))),
                "Échange avec le cabinet sur " + word(random, 3) + " ; à suivre.", staff.get(random.nextInt(staff.size()))});
        }
        batch("insert into partner_note (partner_id, kind, occurred_on, summary, author) values (?, ?, ?, ?, ?)", notes);
    }

    private void addContacts(int target) {
        SplittableRandom random = random(8);
        List<Partner> partners = partners();
        List<Object[]> contacts = new ArrayList<>();
        for (int i = count("partner_contact"); i < target; i++) {
            String last = pick(random, LAST_NAMES);
            contacts.add(new Object[] {partners.get(random.nextInt(partners.size())).id(),
                pick(random, FIRST_NAMES) + " " + last, "Conseiller diplomatique", "Cabinet du maire",
                ascii(last).replace("-", "") + (i + 1) + "@example.org"});
        }
        batch("insert into partner_contact (partner_id, name, function, organisation, email) values (?, ?, ?, ?, ?)",
                contacts);
    }

    /** An insert in the audit trail for every row added, one revision per hundred rows. */
    private void audit(String table, long maxIdBefore) {
        long rows = jdbc.queryForObject("select count(*) from " + table + " where id > ?", Long.class, maxIdBefore);
        if (rows == 0) {
            return;
        }
        long revisions = (rows + ROWS_PER_REVISION - 1) / ROWS_PER_REVISION;
        Long firstRevision = jdbc.queryForObject("""
                with added as (
                    insert into revision (changed_at, username)
                    select timestamptz '2017-01-02 09:00:00+01' + n * interval '1 hour', 'gclerckx'
                      from generate_series(1, ?) n returning id)
                select min(id) from added""", Long.class, revisions);
        List<String> columns = jdbc.queryForList("""
                select a.column_name from information_schema.columns a
                  join information_schema.columns t on t.table_name = ? and t.column_name = a.column_name
                 where a.table_name = ? and a.column_name not in ('id', 'rev', 'revtype')
                 order by a.ordinal_position""", String.class, table, table + "_aud");
        String list = String.join(", ", columns);
        jdbc.update("insert into " + table + "_aud (id, rev, revtype, " + list + ") select id, ? + (row_number() over"
                + " (order by id) - 1) / " + ROWS_PER_REVISION + ", 0, " + list + " from " + table + " where id > ?",
                firstRevision, maxIdBefore);
    }

    private record Partner(long id, String name) {
    }

    private List<Partner> partners() {
        return jdbc.query("select id, name_fr from partner order by id", (row, n) -> new Partner(row.getLong(1),
                row.getString(2)));
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private long maxId(String table) {
        return jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
    }

    private SplittableRandom random(int section) {
        return new SplittableRandom(seed * 31 + section);
    }

    private static LocalDate day(int offset) {
        return FIRST_DAY.plusDays(offset);
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String word(SplittableRandom random, int syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(pick(random, SYLLABLES));
        }
        return word.toString();
    }

    private static String countryCode(SplittableRandom random) {
        return "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String ascii(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
