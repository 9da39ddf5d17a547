package be.brussels.international.coordination.communication;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import be.brussels.international.coordination.shared.Refused;
import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscribers brought from another tool, from a CSV file (a column of addresses, optionally a column of
 * languages "fr", "nl", "en"; separated by commas or semicolons; a header line is recognised), onto one list: each
 * valid new address is recorded as confirmed with the consent basis given for the whole file, a known one on the
 * other list joins this one too; invalid lines, addresses twice in the file, addresses already on the list and —
 * above all — people who left are shown, not imported.
 * Nothing is sent to anyone. Read as a stream, written in batches.
 */
@Service
@Transactional
public class SubscriberImport {

    /** How many rejected lines the report lists (all are counted). */
    static final int LISTED = 200;

    private static final int BATCH = 500;

    private final Subscribers subscribers;

    private final SubscriberRepository repository;

    private final EntityManager entities;

    private final Clock clock;

    SubscriberImport(Subscribers subscribers, SubscriberRepository repository, EntityManager entities, Clock clock) {
        this.subscribers = subscribers;
        this.repository = repository;
        this.entities = entities;
        this.clock = clock;
    }

    /** Why a line was not imported. */
    public enum Rejection {
        INVALID, DUPLICATE, UNKNOWN_LANGUAGE, ALREADY_SUBSCRIBED, UNSUBSCRIBED
    }

    public record RejectedLine(long line, String value, Rejection reason) {
    }

    /** What an import did (or, checked only, would do). */
    public record Report(boolean checkedOnly, long imported, Map<Rejection, Long> rejected, List<RejectedLine> lines) {

        public long rejected(Rejection reason) {
            return rejected.getOrDefault(reason, 0L);
        }
    }

    /**
     * Imports (or, {@code checkOnly}, only checks) the file's addresses, in {@code defaultLanguages} when a line
     * names none, with {@code consentBasis} as the basis of their consent.
     */
    public Report run(Reader csv, List<String> defaultLanguages, String consentBasis, Audience list,
            boolean checkOnly) throws IOException {
        subscribers.checkCanManage();
        if (consentBasis == null || consentBasis.isBlank()) {
            throw new Refused("newsletter.import.basisRequired").onField("consentBasis");
        }
        List<String> fallback = Newsletter.LANGUAGES.stream().filter(defaultLanguages::contains).toList();
        if (fallback.isEmpty()) {
            throw new Refused("newsletter.languages.none").onField("languages");
        }
        Instant now = clock.instant();
        Map<Rejection, Long> rejected = new HashMap<>();
        List<RejectedLine> listed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Candidate> batch = new ArrayList<>();
        long imported = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(csv)).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        for (CSVRecord record : format.parse(csv)) {
            if (record.stream().allMatch(String::isBlank)) {
                continue; // a line of separators only (« ; » from a spreadsheet's empty row)
            }
            String email = record.get(0).strip().toLowerCase(Locale.ROOT);
            if (record.getRecordNumber() == 1 && !email.contains("@")) {
                continue; // a header line
            }
            Rejection reason = !Newsletter.isDeliverable(email) ? Rejection.INVALID
                    : !seen.add(email) ? Rejection.DUPLICATE : null;
            if (reason != null) {
                reject(rejected, listed, new RejectedLine(record.getRecordNumber(), shortened(record.get(0)), reason));
                continue;
            }
            String named = record.size() > 1 ? String.join(" ", record.toList().subList(1, record.size())) : "";
            List<String> languages = languages(named);
            // A language the newsletter is not written in (« de ») is said, not read as the default.
            if (!unknownLanguages(named).isEmpty()) {
                reject(rejected, listed, new RejectedLine(record.getRecordNumber(), shortened(record.get(0)),
                        Rejection.UNKNOWN_LANGUAGE));
                continue;
            }
            batch.add(new Candidate(record.getRecordNumber(), email, languages.isEmpty() ? fallback : languages));
            if (batch.size() == BATCH) {
                imported += write(batch, consentBasis.strip(), list, now, checkOnly, rejected, listed);
                batch.clear();
            }
        }
        imported += write(batch, consentBasis.strip(), list, now, checkOnly, rejected, listed);
        listed.sort(Comparator.comparingLong(RejectedLine::line));
        return new Report(checkOnly, imported, rejected, listed);
    }

    private record Candidate(long line, String email, List<String> languages) {
    }

    /** The batch's new addresses saved (unless only checked); the others rejected. */
    private long write(List<Candidate> batch, String basis, Audience list, Instant now, boolean checkOnly,
            Map<Rejection, Long> rejected, List<RejectedLine> listed) {
        if (batch.isEmpty()) {
            return 0;
        }
        Map<String, Object[]> known = new HashMap<>();
        repository.findStatuses(batch.stream().map(Candidate::email).toList())
                .forEach(row -> known.put((String) row[0], row));
        long written = 0;
        for (Candidate candidate : batch) {
            Object[] row = known.get(candidate.email());
            if (row != null) {
                // Known: someone who left is never brought back; someone on another list joins this one too.
                boolean onList = ((String) row[2]).contains(list.name());
                if (row[1] == SubscriberStatus.UNSUBSCRIBED || onList) {
                    reject(rejected, listed, new RejectedLine(candidate.line(), candidate.email(),
                            onList && row[1] != SubscriberStatus.UNSUBSCRIBED ? Rejection.ALREADY_SUBSCRIBED
                                    : Rejection.UNSUBSCRIBED));
                    continue;
                }
                if (!checkOnly) {
                    repository.findByEmail(candidate.email()).ifPresent(subscriber -> subscriber.join(list));
                }
                written++;
                continue;
            }
            if (!checkOnly) {
                Subscriber subscriber = Subscriber.imported(candidate.email(), candidate.languages(), basis, now);
                subscriber.putOn(List.of(list));
                repository.save(subscriber);
            }
            written++;
        }
        if (!checkOnly) {
            entities.flush();
            entities.clear();
        }
        return written;
    }

    private static void reject(Map<Rejection, Long> rejected, List<RejectedLine> listed, RejectedLine line) {
        rejected.merge(line.reason(), 1L, Long::sum);
        if (listed.size() < LISTED) {
            listed.add(line);
        }
    }

    /** What a rejected line showed, at most 100 characters of it. */
    private static String shortened(String value) {
        return value.length() > 100 ? value.substring(0, 100) + "…" : value;
    }

    /** "fr, nl", "fr nl", "FR NL" (the rest of the line, whatever separates them): the languages named, in order. */
    private static List<String> languages(String cell) {
        String lower = cell.toLowerCase(Locale.ROOT);
        return Newsletter.LANGUAGES.stream().filter(language -> lower.matches(".*\\b" + language + "\\b.*")).toList();
    }

    /** The words of the rest of the line that name no language of the newsletter. */
    private static List<String> unknownLanguages(String cell) {
        return java.util.Arrays.stream(cell.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(word -> !word.isEmpty() && !Newsletter.LANGUAGES.contains(word)).toList();
    }

    /** A semicolon when the file's start has one (Excel's CSV in French and Dutch), else a comma. */
    private static char delimiter(Reader csv) throws IOException {
        csv.mark(65536);
        char[] start = new char[65536];
        int read = csv.read(start);
        csv.reset();
        return read > 0 && new String(start, 0, read).contains(";") ? ';' : ',';
    }
}
