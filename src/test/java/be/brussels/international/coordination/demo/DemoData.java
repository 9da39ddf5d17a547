package be.brussels.international.coordination.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import be.brussels.international.coordination.agreement.AgreementDetails;
import be.brussels.international.coordination.agreement.AgreementKind;
import be.brussels.international.coordination.agreement.Agreements;
import be.brussels.international.coordination.contact.ContactDetails;
import be.brussels.international.coordination.contact.Contacts;
import be.brussels.international.coordination.contact.NoteKind;
import be.brussels.international.coordination.cooperation.ApplicationStatus;
import be.brussels.international.coordination.cooperation.CallForProjects;
import be.brussels.international.coordination.cooperation.Calls;
import be.brussels.international.coordination.cooperation.ProjectApplication;
import be.brussels.international.coordination.cooperation.Projects;
import be.brussels.international.coordination.event.EventDetails;
import be.brussels.international.coordination.event.EventKind;
import be.brussels.international.coordination.event.EventStatus;
import be.brussels.international.coordination.event.Events;
import be.brussels.international.coordination.shared.LocalizedText;
import be.brussels.international.coordination.visit.FollowUp;
import be.brussels.international.coordination.visit.GiftDetails;
import be.brussels.international.coordination.visit.GiftDirection;
import be.brussels.international.coordination.visit.HeadLevel;
import be.brussels.international.coordination.visit.InterpreterDetails;
import be.brussels.international.coordination.visit.ItemDetails;
import be.brussels.international.coordination.visit.Logistics;
import be.brussels.international.coordination.visit.MemberDetails;
import be.brussels.international.coordination.visit.ProgrammeItem;
import be.brussels.international.coordination.visit.VisitDetails;
import be.brussels.international.coordination.visit.VisitDirection;
import be.brussels.international.coordination.visit.VisitKind;
import be.brussels.international.coordination.visit.Visits;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import be.brussels.international.coordination.communication.ArticleDetails;
import be.brussels.international.coordination.communication.Audience;
import be.brussels.international.coordination.communication.Editions;
import be.brussels.international.coordination.communication.Newsletter;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A small, fictional, reproducible cell around today's date for the development run (the run command only:
 * registered by {@code DevelopmentCoordinationApplication}, never by a migration nor by the production class
 * path). At the first start of an empty database it records, through the modules' own services and as the
 * people who would do it (so that the history says who): delegation visits past and coming with members,
 * programme, logistics and gifts; large events; contacts and notes on several partners; agreements with
 * dates, one expiring soon; a call for projects with applications and a funded project whose report is due,
 * and next year's call, open. Every title and name ends with {@link #MARK} or is plainly an example.
 */
public class DemoData implements ApplicationRunner {

    /** What marks every demo record as such (FR; the NL and EN titles carry {@link #MARK_OTHER}). */
    public static final String MARK = " (démo)";

    static final String MARK_OTHER = " (demo)";

    private static final Log log = LogFactory.getLog(DemoData.class);

    private final Visits visits;

    private final Events events;

    private final Contacts contacts;

    private final Agreements agreements;

    private final Calls calls;

    private final Projects projects;

    private final Editions editions;

    private final JdbcTemplate jdbc;

    private final Clock clock;

    private LocalDate today;

    public DemoData(Visits visits, Events events, Contacts contacts, Agreements agreements, Calls calls,
            Projects projects, Editions editions, JdbcTemplate jdbc, Clock clock) {
        this.visits = visits;
        this.events = events;
        this.contacts = contacts;
        this.agreements = agreements;
        this.calls = calls;
        this.projects = projects;
        this.editions = editions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!isEmpty()) {
            return;
        }
        fill();
        log.warn("Demo mode: a fictional cell recorded around " + today + " (visits, events, notes, agreements,"
                + " calls). Delete .data/ to start again from scratch.");
    }

    /** True when nothing of what this class records exists yet (a database that was never used). */
    public boolean isEmpty() {
        return Boolean.FALSE.equals(jdbc.queryForObject("""
                select exists (select 1 from delegation_visit) or exists (select 1 from large_event)
                    or exists (select 1 from call_for_projects) or exists (select 1 from partner_note)""",
                Boolean.class));
    }

    /** Records the demo cell, each part as the person who would record it. */
    public void fill() {
        today = LocalDate.now(clock);
        as("wvanwaeyenberge", this::visits);
        as("gclerckx", this::events);
        as("fvandernoot", () -> notesAndContactsOf("quebec"));
        as("dverheyden", () -> notesAndContactsOf("beijing"));
        as("swillaumez", () -> notesAndContactsOf("kinshasa"));
        as("gclerckx", () -> notesAndContactsOf("tokyo"));
        as("pgerard", () -> notesAndContactsOf("sofia"));
        as("gclerckx", this::agreements);
        as("cteclu", this::calls);
        newsletter();
    }

    /**
     * « The Brussels globe »: a few subscribers (addresses of example.org, which receives no mail), the first
     * edition sent a month ago (in the public archive) and the next one, a draft awaiting the coordinator.
     */
    private void newsletter() {
        // Addresses for the team (example.org receives nothing; the demo's mail stays in .data/mail anyway), so that
        // « M’envoyer un test » and the notifications have somewhere to go.
        jdbc.update("update staff_member set email = username || '.demo@example.org' where email is null");
        for (String[] reader : new String[][] { { "lea.peeters", "nl,en" }, { "marc.dubois", "fr" },
                { "anne.janssens", "fr,nl" }, { "tom.claes", "nl" }, { "sophie.martin", "fr" },
                { "john.smith", "en" } }) {
            jdbc.update("""
                    insert into subscriber (email, languages, status, consent_version, consented_at, confirmed_at)
                    values (?, ?, 'CONFIRMED', ?, now() - interval '40 days', now() - interval '40 days')""",
                    reader[0] + ".demo@example.org", reader[1], Newsletter.CONSENT_VERSION);
        }
        jdbc.update("""
                insert into subscriber (email, languages, status, consent_version, consented_at, unsubscribed_at)
                values ('left.demo@example.org', 'fr', 'UNSUBSCRIBED', ?, now() - interval '60 days',
                        now() - interval '10 days')""", Newsletter.CONSENT_VERSION);
        // The first edition, sent a month ago: recorded as the history it is (rows, not actions).
        long sent = jdbc.queryForObject("""
                insert into edition (number, audience, subject_fr, subject_nl, subject_en, status, approved_by,
                    approved_at, started_at, finished_at, links_base, created_by, created_at)
                values ((select coalesce(max(number), 0) + 1 from edition), 'GLOBE', ?, ?, ?, 'SENT', 'gclerckx',
                    now() - interval '31 days', now() - interval '30 days', now() - interval '30 days',
                    'http://localhost:8080', 'jmverdin', now() - interval '33 days') returning id""", Long.class,
                "La Région et le monde, n° 1" + MARK, "Het Gewest en de wereld, nr. 1" + MARK_OTHER,
                "The Region and the world, no. 1" + MARK_OTHER);
        jdbc.update("""
                insert into edition_article (edition_id, position, title_fr, title_nl, title_en, body_fr, body_nl,
                    body_en, partner_id)
                values (?, 1, ?, ?, ?, ?, ?, ?, (select id from partner where slug = 'vienna'))""", sent,
                "Le colloque des villes partenaires" + MARK, "Het colloquium van de partnersteden" + MARK_OTHER,
                "The partner cities colloquium" + MARK_OTHER,
                "Vienne, Berlin et Prague étaient à **Bruxelles** pour parler de logement abordable.\n\n"
                        + "- trois villes\n- une journée\n- des suites en 2027",
                "Wenen, Berlijn en Praag waren in **Brussel** om over betaalbaar wonen te praten.",
                "Vienna, Berlin and Prague came to **Brussels** to talk about affordable housing.");
        jdbc.update("""
                insert into delivery (edition_id, subscriber_id, status, next_attempt_at, sent_at, attempts)
                select ?, id, 'SENT', now() - interval '30 days', now() - interval '30 days', 1
                from subscriber where status = 'CONFIRMED'""", sent);
        as("jmverdin", () -> {
            long next = editions.create(Audience.GLOBE, new LocalizedText("La Région et le monde, n° 2" + MARK,
                    "Het Gewest en de wereld, nr. 2" + MARK_OTHER, "The Region and the world, no. 2" + MARK_OTHER))
                    .getId();
            editions.addArticle(next, 0, new ArticleDetails(
                    new LocalizedText("Brussels Days à Prague" + MARK, "Brussels Days in Praag" + MARK_OTHER,
                            "Brussels Days in Prague" + MARK_OTHER),
                    new LocalizedText("Un stand de la Région et des concerts, dans un mois.",
                            "Een stand van het Gewest en concerten, over een maand.",
                            "A stand of the Region and concerts, in a month."),
                    "prague", null, null));
        });
    }

    private void visits() {
        // Coming: Québec, confirmed, with everything a protocol officer records.
        LocalDate quebecStart = today.plusDays(9).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        long quebec = visits.create(new VisitDetails(VisitDirection.INCOMING, VisitKind.OFFICIAL, "quebec", null,
                "Mission économique du Québec" + MARK, "Filières de l’hydrogène vert et de l’intelligence "
                        + "artificielle ; suivi du programme d’action.", quebecStart, quebecStart.plusDays(2),
                "Marie-Ève Exemple", "Ministre des Relations internationales (fictive)", HeadLevel.MINISTER, 6,
                "Geoffroy Clerckx, Florence Vandernoot"));
        member(quebec, new MemberDetails("Marie-Ève Exemple", "Ministre (fictive)", "Gouvernement du Québec", 1,
                "français", null, null));
        member(quebec, new MemberDetails("Jean-François Modèle", "Délégué général (fictif)",
                "Délégation générale du Québec à Bruxelles", 2, "français, anglais", null, null));
        member(quebec, new MemberDetails("Sophie Essai", "Conseillère politique (fictive)", "Cabinet de la ministre", 3,
                "français", "végétarienne", null));
        member(quebec, new MemberDetails("Luc Spécimen", "Chef du protocole (fictif)", "Gouvernement du Québec", 4,
                "français, anglais", null, null));
        item(quebec, new ItemDetails(quebecStart, LocalTime.of(9, 30), LocalTime.of(10, 0), "Accueil à l’aéroport",
                "Brussels Airport, salon VIP", "Willy Van Waeyenberge", false, false, true));
        item(quebec, new ItemDetails(quebecStart, LocalTime.of(11, 0), LocalTime.of(12, 30),
                "Réunion de travail avec le ministre-président", "Boulevard du Jardin Botanique 20",
                "Délégation, Geoffroy Clerckx", true, false, true));
        item(quebec, new ItemDetails(quebecStart, LocalTime.of(13, 0), LocalTime.of(14, 30), "Déjeuner officiel",
                "Hôtel de Ville de Bruxelles", "Délégation, hôtes", false, true, false));
        item(quebec, new ItemDetails(quebecStart.plusDays(1), LocalTime.of(10, 0), LocalTime.of(12, 0),
                "Visite de site : pôle hydrogène", "Port de Bruxelles", "Délégation, Florence Vandernoot", false,
                true, false));
        item(quebec, new ItemDetails(quebecStart.plusDays(2), LocalTime.of(15, 0), LocalTime.of(15, 30), "Départ",
                "Gare du Midi", "Willy Van Waeyenberge", false, false, true));
        visits.updateLogistics(quebec, visitVersion(quebec), new Logistics(quebecStart, LocalTime.of(9, 15),
                "Vol AC 834 (fictif)", quebecStart.plusDays(2), LocalTime.of(16, 13), "Eurostar 9145 (fictif)",
                "Hôtel Exemple, rue de la Loi", "Minibus de la Région", true, today.minusDays(1)));
        gift(quebec, new GiftDetails(GiftDirection.GIVEN, "Livre « Bruxelles, capitale de l’Europe »",
                "Marie-Ève Exemple", new BigDecimal("45.00"), null));
        // An interpreter for the working meeting and the lunch.
        Set<Long> interpreted = visits.find(quebec).orElseThrow().getProgramme().stream()
                .filter(i -> i.getActivity().startsWith("Réunion") || i.getActivity().startsWith("Déjeuner"))
                .map(ProgrammeItem::getId).collect(Collectors.toSet());
        visits.addInterpreter(quebec, visitVersion(quebec), new InterpreterDetails("Claire Exemple (fictive)",
                "français ↔ anglais", interpreted));
        visits.confirm(quebec, visitVersion(quebec));

        // Coming: Beijing, planned; Chinese names as the delegation writes them.
        LocalDate beijingStart = today.plusDays(24);
        long beijing = visits.create(new VisitDetails(VisitDirection.INCOMING, VisitKind.WORKING, "beijing", null,
                "Délégation de la municipalité de Pékin" + MARK, "Échanges sur la mobilité urbaine.",
                beijingStart, beijingStart.plusDays(1), "王小明 (Wang Xiaoming)",
                "Vice-maire (fictif)", HeadLevel.MAYOR_OR_GOVERNOR, 4, "Daniël Verheyden"));
        member(beijing, new MemberDetails("王小明 (Wang Xiaoming)", "Vice-maire (fictif)", "Municipalité de Pékin", 1,
                "chinois, interprète", null, null));
        member(beijing, new MemberDetails("李华 (Li Hua)", "Directrice (fictive)", "Bureau des affaires étrangères",
                2, "chinois, anglais", "halal", null));
        item(beijing, new ItemDetails(beijingStart, LocalTime.of(14, 0), LocalTime.of(16, 0),
                "Réunion de travail : mobilité", "Bruxelles Mobilité", "Délégation, Daniël Verheyden", true, false,
                true));

        // Coming: an outgoing mission to Kinshasa, planned.
        LocalDate kinshasaStart = today.plusDays(19);
        visits.create(new VisitDetails(VisitDirection.OUTGOING, VisitKind.WORKING, "kinshasa", null,
                "Mission de suivi à Kinshasa" + MARK, "Suivi des projets financés par l’appel à projets.",
                kinshasaStart, kinshasaStart.plusDays(4), "Sophie Willaumez", "Attachée", HeadLevel.OFFICIAL, 2,
                null));

        // Past: Vienna, completed, with gifts both ways.
        LocalDate viennaStart = today.minusDays(40);
        long vienna = visits.create(new VisitDetails(VisitDirection.INCOMING, VisitKind.OFFICIAL, "vienna", null,
                "Visite officielle de la Ville de Vienne" + MARK, "Logement social et climat.", viennaStart,
                viennaStart.plusDays(1), "Anna Beispiel", "Conseillère municipale (fictive)",
                HeadLevel.PARLIAMENTARIAN, 3, "Florence Vandernoot"));
        member(vienna, new MemberDetails("Anna Beispiel", "Conseillère municipale (fictive)", "Ville de Vienne", 1,
                "allemand, anglais", null, null));
        item(vienna, new ItemDetails(viennaStart, LocalTime.of(10, 0), LocalTime.of(12, 0),
                "Visite d’un quartier de logements sociaux", "Molenbeek", "Délégation, Florence Vandernoot", false,
                false, false));
        gift(vienna, new GiftDetails(GiftDirection.RECEIVED, "Porcelaine de Vienne", "Geoffroy Clerckx",
                new BigDecimal("120.00"), "Exposée au secrétariat"));
        gift(vienna, new GiftDetails(GiftDirection.GIVEN, "Pralines de Bruxelles", "Anna Beispiel",
                new BigDecimal("30.00"), null));
        visits.confirm(vienna, visitVersion(vienna));
        visits.complete(vienna, visitVersion(vienna), new FollowUp("Accord sur un échange d’experts en 2027.",
                "Envoyer la note de synthèse au cabinet.", true));

        // Past: Seoul, held but its follow-up not written yet.
        LocalDate seoulStart = today.minusDays(12);
        long seoul = visits.create(new VisitDetails(VisitDirection.INCOMING, VisitKind.WORKING, "seoul", null,
                "Délégation de la Ville de Séoul" + MARK, "Ville intelligente.", seoulStart, seoulStart.plusDays(1),
                "Kim Yeshi (fictif)", "Directeur (fictif)", HeadLevel.SENIOR_OFFICIAL, 5, "Geoffroy Clerckx"));
        member(seoul, new MemberDetails("Kim Yeshi (fictif)", "Directeur (fictif)", "Ville de Séoul", 1, "coréen, anglais",
                null, null));
        visits.confirm(seoul, visitVersion(seoul));

        // Cancelled: Lille.
        long lille = visits.create(new VisitDetails(VisitDirection.INCOMING, VisitKind.WORKING, "lille", null,
                "Visite de travail de la Métropole européenne de Lille" + MARK, "Transport transfrontalier.",
                today.plusDays(5), today.plusDays(5), "Paul Exemple", "Vice-président (fictif)", HeadLevel.OFFICIAL,
                2, null));
        visits.cancel(lille, visitVersion(lille));
    }

    private void events() {
        events.create(new EventDetails(EventKind.BRUSSELS_DAYS, "Brussels Days à Prague" + MARK,
                "Brussels Days in Praag" + MARK_OTHER, "Brussels Days in Prague" + MARK_OTHER, today.plusDays(30),
                today.plusDays(32), "Prague", "CZ", EventStatus.CONFIRMED, "Stand de la Région et concerts.",
                Set.of("prague"), Set.of("fvandernoot", "gclerckx")));
        events.create(new EventDetails(EventKind.EAT_BRUSSELS, "eat! BRUSSELS, volet international" + MARK,
                "eat! BRUSSELS, internationaal luik" + MARK_OTHER, "eat! BRUSSELS, international part" + MARK_OTHER,
                today.plusDays(60), today.plusDays(63), "Bruxelles", "BE", EventStatus.PLANNED,
                "Chefs invités des villes partenaires.", Set.of("quebec", "tokyo", "lille"), Set.of("jmverdin")));
        events.create(new EventDetails(EventKind.COLLOQUIUM, "Colloque des villes partenaires" + MARK,
                "Colloquium van de partnersteden" + MARK_OTHER, "Partner cities colloquium" + MARK_OTHER,
                today.minusDays(20), today.minusDays(20), "Bruxelles", "BE", EventStatus.HELD, null,
                Set.of("vienna", "berlin", "prague"), Set.of("gclerckx", "fvandernoot")));
        events.create(new EventDetails(EventKind.INTERNATIONAL_EXPO, "Exposition internationale" + MARK,
                "Internationale tentoonstelling" + MARK_OTHER, "International exhibition" + MARK_OTHER,
                today.plusDays(150), today.plusDays(180), "Nagoya", "JP", EventStatus.PLANNED, null,
                Set.of("aichi"), Set.of("gclerckx")));
    }

    private void notesAndContactsOf(String partner) {
        switch (partner) {
            case "quebec" -> {
                contacts.addContact(partner, new ContactDetails("Julie Exemple", "Déléguée aux affaires "
                        + "internationales (fictive)", "Délégation générale du Québec" + MARK,
                        "julie.exemple@example.org", "+32 2 000 00 01", "français", today.minusYears(2)));
                contacts.addNote(partner, NoteKind.CALL, today.minusDays(3), "Appel avec Julie Exemple : "
                        + "programme de la mission économique arrêté, liste de la délégation à recevoir." + MARK);
                contacts.addNote(partner, NoteKind.MEETING, today.minusDays(35), "Réunion du comité de suivi du "
                        + "programme d’action : trois projets sur cinq avancent." + MARK);
            }
            case "beijing" -> {
                contacts.addContact(partner, new ContactDetails("李华 (Li Hua)", "Directrice (fictive)",
                        "Bureau des affaires étrangères de Pékin" + MARK, "li.hua@example.org", null,
                        "chinois, anglais", today.minusYears(1)));
                contacts.addNote(partner, NoteKind.MAIL, today.minusDays(7), "Courriel : la délégation confirme "
                        + "sa venue, quatre personnes." + MARK);
            }
            case "kinshasa" -> {
                contacts.addContact(partner, new ContactDetails("Patrick Exemple", "Conseiller (fictif)",
                        "Hôtel de Ville de Kinshasa" + MARK, "patrick.exemple@example.org", null, "français",
                        today.minusYears(3)));
                contacts.addNote(partner, NoteKind.MEETING, today.minusDays(14), "Visioconférence sur les "
                        + "rapports des projets financés." + MARK);
            }
            case "tokyo" -> contacts.addNote(partner, NoteKind.OTHER, today.minusDays(2), "Préparation de "
                    + "l’exposition internationale : premier contact avec le comité d’organisation." + MARK);
            case "sofia" -> contacts.addNote(partner, NoteKind.CALL, today.minusDays(60), "Appel de courtoisie "
                    + "avec le service des relations internationales." + MARK);
            default -> throw new IllegalArgumentException(partner);
        }
    }

    private void agreements() {
        // Québec: an action programme in force that expires in seven weeks, its notice already due (signed and in
        // force from the dates recorded).
        long quebec = agreements.create("quebec", new AgreementDetails(AgreementKind.ACTION_PROGRAMME,
                "Programme d’action 2025-2027" + MARK, "Actieprogramma 2025-2027" + MARK_OTHER,
                "Action programme 2025-2027" + MARK_OTHER, null, "Ministre-président ; ministre des Relations "
                        + "internationales du Québec (fictifs)", today.minusYears(2).minusDays(10), "Québec",
                today.minusYears(2), today.plusDays(50), false, null, 3, null, "Économie, climat, culture", null));

        // Tokyo: a memorandum in force, renewed tacitly, and its amendment.
        long tokyo = agreements.create("tokyo", new AgreementDetails(AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
                "Mémorandum d’entente sur les villes durables" + MARK,
                "Memorandum van overeenstemming over duurzame steden" + MARK_OTHER,
                "Memorandum of understanding on sustainable cities" + MARK_OTHER, null,
                "Ministre-président ; gouverneur de Tokyo (fictifs)", today.minusYears(1).minusDays(20), "Tokyo",
                today.minusYears(1), today.plusYears(2), true, 36, 6, today.plusMonths(8), "Villes durables", null));
        agreements.create("tokyo", new AgreementDetails(AgreementKind.AMENDMENT, "Avenant n° 1 : économie "
                + "circulaire" + MARK, "Aanhangsel nr. 1: circulaire economie" + MARK_OTHER,
                "Amendment no. 1: circular economy" + MARK_OTHER, tokyo, null, null, null, null, null, null, null,
                null, null, "Économie circulaire", "En négociation."));

        // Kinshasa: a development-cooperation agreement being negotiated.
        agreements.create("kinshasa", new AgreementDetails(AgreementKind.COOPERATION_AGREEMENT,
                "Accord de coopération au développement 2027-2031" + MARK,
                "Ontwikkelingssamenwerkingsakkoord 2027-2031" + MARK_OTHER,
                "Development cooperation agreement 2027-2031" + MARK_OTHER, null, null, null, null, null, null,
                null, null, null, today.plusMonths(2), "Gouvernance urbaine, eau", null));
    }

    private void calls() {
        int year = today.getYear();
        Set<String> targets = new LinkedHashSet<>(List.of("kinshasa", "chennai", "rabat-sale-kenitra",
                "paramaribo"));
        // This year's call: decided, one project funded with a report due in ten days and a first payment.
        long call = calls.create(new LocalizedText("Appel à projets " + year + " : villes inclusives" + MARK,
                "Projectoproep " + year + ": inclusieve steden" + MARK_OTHER,
                "Call for projects " + year + ": inclusive cities" + MARK_OTHER), year, "Villes inclusives",
                today.minusDays(200), today.minusDays(140), new BigDecimal("300000.00"), targets);
        calls.advance(call, callVersion(call));
        calls.receive(call, callVersion(call), "kinshasa", "ONG Exemple Kinshasa" + MARK,
                "Eau potable dans trois quartiers", new BigDecimal("120000.00"), today.minusDays(90),
                today.plusDays(640));
        calls.receive(call, callVersion(call), "chennai", "Association Modèle Chennai" + MARK,
                "Gestion des déchets par les habitants", new BigDecimal("90000.00"), today.minusDays(90),
                today.plusDays(275));
        calls.receive(call, callVersion(call), "paramaribo", "Fondation Essai Paramaribo" + MARK,
                "Formation de jeunes guides", new BigDecimal("150000.00"), null, null);
        calls.advance(call, callVersion(call));
        ProjectApplication water = application(call, "kinshasa");
        ProjectApplication waste = application(call, "chennai");
        ProjectApplication guides = application(call, "paramaribo");
        calls.evaluate(call, callVersion(call), water.getId(), new BigDecimal("82.50"), "Solide, partenaires engagés.");
        calls.evaluate(call, callVersion(call), waste.getId(), new BigDecimal("64.00"), "Budget à préciser.");
        calls.decide(call, callVersion(call), water.getId(), ApplicationStatus.ELIGIBLE);
        calls.decide(call, callVersion(call), waste.getId(), ApplicationStatus.ELIGIBLE);
        calls.decide(call, callVersion(call), guides.getId(), ApplicationStatus.INELIGIBLE);
        calls.advance(call, callVersion(call));
        calls.grant(call, callVersion(call), water.getId(), new BigDecimal("110000.00"), false);
        calls.decide(call, callVersion(call), waste.getId(), ApplicationStatus.REJECTED);
        calls.advance(call, callVersion(call));
        calls.decide(call, callVersion(call), water.getId(), ApplicationStatus.IN_PROGRESS);
        projects.addPayment(water.getId(), today.minusDays(80), new BigDecimal("55000.00"));
        projects.addReport(water.getId(), today.minusDays(10), "Rapport intermédiaire" + MARK);
        long received = projects.find(water.getId()).orElseThrow().reports().get(0).getId();
        projects.receiveReport(water.getId(), received, today.minusDays(12));
        projects.addReport(water.getId(), today.plusDays(10), "Rapport d’étape à six mois" + MARK);

        // Next year's call, open, its deadline in six weeks.
        long next = calls.create(new LocalizedText("Appel à projets " + (year + 1) + " : climat et eau" + MARK,
                "Projectoproep " + (year + 1) + ": klimaat en water" + MARK_OTHER,
                "Call for projects " + (year + 1) + ": climate and water" + MARK_OTHER), year + 1, "Climat et eau",
                today.minusDays(14), today.plusDays(42), new BigDecimal("350000.00"), targets);
        calls.advance(next, callVersion(next));
        calls.receive(next, callVersion(next), "rabat-sale-kenitra", "Coopérative Exemple Salé" + MARK,
                "Récupération des eaux de pluie", new BigDecimal("80000.00"), today.plusMonths(6),
                today.plusMonths(30));
    }

    private void member(long visit, MemberDetails member) {
        visits.addMember(visit, visitVersion(visit), member);
    }

    private void item(long visit, ItemDetails item) {
        visits.addItem(visit, visitVersion(visit), item);
    }

    private void gift(long visit, GiftDetails gift) {
        visits.addGift(visit, visitVersion(visit), gift);
    }

    private long visitVersion(long id) {
        return visits.find(id).orElseThrow().getVersion();
    }

    private long callVersion(long id) {
        return calls.find(id).orElseThrow().getVersion();
    }

    private ProjectApplication application(long call, String partner) {
        CallForProjects found = calls.find(call).orElseThrow();
        return found.getApplications().stream().filter(a -> a.getPartner().getSlug().equals(partner)).findFirst()
                .orElseThrow();
    }

    /** Runs {@code work} as that person (their roles, their name in the history), then restores who was there. */
    private void as(String username, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        // The account's role as the login would grant it (before any password is set: this runs at start-up).
        String role = jdbc.queryForObject("select role from user_account where username = ?", String.class,
                username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        }
        finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
