package be.brussels.international.coordination.loadtest;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The load test described in docs/performance.md (not run in CI; {@code loadtest/run.sh}):
 * concurrent users, each logged in with their own session, reading the main pages and writing at the same
 * time — notes on partners (appended: none may be lost), members added to one shared visit and its logistics
 * changed (optimistic locking: each write either succeeds or tells the user that someone else changed the
 * visit). At the end it counts, in the database, the notes and members the users were told were saved.
 *
 * <pre>java … LoadTest http://localhost:8089 jdbc:postgresql://localhost:54329/scale1 50 300</pre>
 * (base URL, database, users, seconds). Exits 1 on any server error, unexpected answer or lost write.
 */
public final class LoadTest {

    private static final String[] ACCOUNTS = { "gclerckx", "wvanwaeyenberge" };

    private static final String[] READS = { "/", "/partners", "/partners/quebec", "/visits", "/search?q=quebec",
            "/agreements", "/events", "/staff/fvandernoot", "/calendar" };

    private static final String[] PARTNERS = { "quebec", "tokyo", "sofia", "vilnius" };

    private final String base;

    private final long visit;

    private final String marker;

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    private final List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());

    private LoadTest(String base, long visit, String marker) {
        this.base = base;
        this.visit = visit;
        this.marker = marker;
    }

    public static void main(String[] args) throws Exception {
        // Java's client keeps idle connections for 20 minutes, Tomcat closes them after 20 s: reusing one the
        // server has closed fails (a browser would try again). Let go of them first, as browsers do.
        System.setProperty("jdk.httpclient.keepalive.timeout", "10");
        String base = args[0];
        String database = args[1];
        int users = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        String marker = "load-" + System.currentTimeMillis();
        long visit;
        try (Connection connection = DriverManager.getConnection(database, "postgres", "")) {
            visit = single(connection, """
                    insert into delegation_visit (direction, kind, partner_id, title, starts_on, ends_on, logged_by)
                    select 'INCOMING', 'WORKING', id, ?, current_date + 7, current_date + 9, 'wvanwaeyenberge'
                    from partner where slug = 'quebec' returning id""", marker);
        }
        LoadTest test = new LoadTest(base, visit, marker);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int user = 0; user < users; user++) {
            int number = user;
            pool.submit(() -> test.run(number, deadline));
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
        System.exit(test.report(database, users, seconds) ? 0 : 1);
    }

    /** One user: logs in, then reads and writes until the deadline. */
    private void run(int user, long deadline) {
        Random random = new Random(user);
        // HTTP/1.1 as a browser speaks it to the application: left to itself, Java's client asks every new
        // connection to upgrade to HTTP/2 (h2c), which Tomcat is not set up for.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
        try {
            String account = ACCOUNTS[user % ACCOUNTS.length];
            Document login = get(client, "/login");
            Document home = post(client, "/login", login, Map.of("username", account, "password", "demo"));
            if (home.selectFirst("form[action=/logout]") == null) {
                problems.add(account + " could not log in");
                return;
            }
            while (System.nanoTime() < deadline) {
                try {
                    act(client, account, user, random);
                }
                catch (Unanswered unanswered) {
                    count("unanswered " + unanswered.getMessage().replaceAll(".*/(members|logistics|notes)$", "$1"));
                }
            }
        }
        catch (Exception e) {
            problems.add("user " + user + ": " + e);
        }
    }

    /** One step of a user: mostly reads, then notes (the coordinator) and changes to the shared visit. */
    private void act(HttpClient client, String account, int user, Random random) throws Exception {
        int dice = random.nextInt(100);
        if (dice < 60) {
            get(client, READS[random.nextInt(READS.length)]);
            count("reads");
        }
        else if (dice < 75 && account.equals("gclerckx")) {
            // Notes on any partner: the coordinator's right (the protocol officer holds no partner).
            addNote(client, user, random);
        }
        else if (dice < 90) {
            changeVisit(client, user, "/members", Map.of("name", marker + " u" + user, "precedence",
                    String.valueOf(random.nextInt(100) + 1)), "member");
        }
        else {
            changeVisit(client, user, "/logistics", Map.of("hotel", "Hôtel " + user), "logistics");
        }
    }

    /** A write sent without an answer (the connection closed): its outcome is unknown. */
    private static final class Unanswered extends RuntimeException {

        Unanswered(String path) {
            super(path);
        }
    }

    private void addNote(HttpClient client, int user, Random random) throws Exception {
        String partner = PARTNERS[random.nextInt(PARTNERS.length)];
        Document page = get(client, "/partners/" + partner);
        Document after = post(client, "/partners/" + partner + "/notes", page, Map.of("kind", "CALL", "occurredOn",
                LocalDate.now().toString(), "summary", marker + " note u" + user));
        if (after.selectFirst(".alert-success") != null) {
            count("notes saved");
        }
        else {
            problems.add("note refused: " + text(after) + " on «" + after.title() + "» " + after.location());
        }
    }

    /** Reads the visit (its version), then writes: saved, or refused because someone else changed it. */
    private void changeVisit(HttpClient client, int user, String action, Map<String, String> fields, String what)
            throws Exception {
        Document page = get(client, "/visits/" + visit);
        String version = page.select("form[action$=" + action + "] input[name=version]").val();
        Map<String, String> form = new java.util.HashMap<>(fields);
        form.put("version", version);
        Document after = post(client, "/visits/" + visit + action, page, form);
        if (after.selectFirst(".alert-success") != null) {
            count(what + " saved");
        }
        else if (text(after).contains("modifiée par quelqu’un d’autre")) {
            count(what + " conflicts reported");
        }
        else {
            problems.add(what + " neither saved nor reported as a conflict: " + text(after) + " on «" + after.title()
                    + "» " + after.location());
        }
    }

    /**
     * Reads a page. A reused connection that the server has just closed fails before any answer (Java's client,
     * unlike a browser, does not try again): a read is tried once more, and counted.
     */
    private Document get(HttpClient client, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).GET().build();
        try {
            return checked(path, client.send(request, HttpResponse.BodyHandlers.ofString()));
        }
        catch (java.io.IOException closed) {
            count("reads retried after a closed connection");
            count("exception " + closed.getClass().getSimpleName() + ": " + closed.getMessage());
            return checked(path, client.send(request, HttpResponse.BodyHandlers.ofString()));
        }
    }

    /** Posts a form with the CSRF token of the page it is on. */
    private Document post(HttpClient client, String path, Document from, Map<String, String> fields) throws Exception {
        Map<String, String> form = new java.util.LinkedHashMap<>(fields);
        form.put("_csrf", from.select("input[name=_csrf]").val());
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        count("writes");
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            return checked(path, response);
        }
        catch (java.io.IOException closed) {
            // No answer: the write may or may not have been saved; the final count allows for it.
            count("writes unanswered");
            count("exception " + closed.getClass().getSimpleName() + ": " + closed.getMessage());
            throw new Unanswered(path);
        }
    }

    private Document checked(String path, HttpResponse<String> response) {
        count("requests");
        if (response.statusCode() >= 500) {
            count("server errors");
            problems.add(response.statusCode() + " for " + path);
        }
        else if (response.statusCode() != 200) {
            problems.add(response.statusCode() + " for " + path);
        }
        return Jsoup.parse(response.body(), response.uri().toString());
    }

    private static String text(Document page) {
        return page.select(".alert").text();
    }

    private void count(String what) {
        counts.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }

    private long counted(String what) {
        AtomicLong count = counts.get(what);
        return count == null ? 0 : count.get();
    }

    /** Prints what happened and compares the writes the users were told about with the database. */
    private boolean report(String database, int users, long seconds) throws Exception {
        long notes;
        long members;
        try (Connection connection = DriverManager.getConnection(database, "postgres", "")) {
            notes = single(connection, "select count(*) from partner_note where summary like ? || ' note %'", marker);
            members = single(connection, "select count(*) from visit_member where visit_id = ? and name like ? || ' u%'",
                    visit, marker);
        }
        System.out.printf("%d users for %d s: %d requests (%.1f/s), %d reads, %d writes%n", users, seconds,
                counted("requests"), counted("requests") / (double) seconds, counted("reads"), counted("writes"));
        System.out.printf("notes: %d saved, %d in the database%n", counted("notes saved"), notes);
        System.out.printf("visit members: %d saved, %d conflicts reported, %d in the database%n",
                counted("member saved"), counted("member conflicts reported"), members);
        System.out.printf("visit logistics: %d saved, %d conflicts reported%n", counted("logistics saved"),
                counted("logistics conflicts reported"));
        System.out.printf("server errors: %d, other problems: %d%n", counted("server errors"), problems.size());
        problems.stream().limit(40).forEach(problem -> System.out.println("  " + problem));
        counts.forEach((what, count) -> {
            if (what.startsWith("exception ")) {
                System.out.println("  " + count + " × " + what);
            }
        });
        System.out.printf("connections closed under the client: %d reads retried, %d writes unanswered%n",
                counted("reads retried after a closed connection"), counted("writes unanswered"));
        // Every write a user was told was saved is in the database; beyond them, at most the unanswered ones.
        boolean nothingLost = notes >= counted("notes saved") && notes <= counted("notes saved") + counted("unanswered notes")
                && members >= counted("member saved") && members <= counted("member saved") + counted("unanswered members");
        System.out.println(nothingLost ? "no write lost" : "WRITES LOST OR UNACCOUNTED FOR");
        return nothingLost && problems.isEmpty() && counted("requests") > 0;
    }

    private static long single(Connection connection, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
