package be.brussels.international.coordination.shared;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The version of the application's data as a whole (V35): a number that moves whenever a transaction that wrote any
 * of its tables commits, whoever wrote it (this instance, another one, a migration, SQL by hand). What was computed
 * from the data after the number was read is still exact while the number has not moved — the page cache's rule
 * ({@code web.PageCache}).
 * <p>
 * A request reads the number with its session, in the same statement ({@code security.SessionAttributes}): no page
 * pays a statement for it. Each write notes a row in {@code data_change}; every instance folds those rows into the
 * base every {@code coordination.data-version.fold} (the number unchanged), so that reading it stays cheap.
 */
@Component
public class DataVersion implements SmartInitializingSingleton {

    /** Where a request finds the number, read with its session; a {@link Long}. */
    public static final String SESSION_ATTRIBUTE = "coordination.dataVersion";

    /** The bytes the session query gives for it: a mark no Java-serialized value begins with, then the number. */
    public static final String SQL_VALUE = "'\\x00dada'::bytea || int8send(data_version())";

    private static final byte[] MARK = { 0x00, (byte) 0xda, (byte) 0xda };

    private final JdbcTemplate jdbc;

    private final boolean folding;

    /** Folds with the other background work on reference data ({@code coordination.reference.watch}; off in tests). */
    DataVersion(JdbcTemplate jdbc, @Value("${coordination.reference.watch:true}") boolean folding) {
        this.jdbc = jdbc;
        this.folding = folding;
    }

    /** The number now (one statement). */
    public long current() {
        return jdbc.queryForObject("select data_version()", Long.class);
    }

    /** At start, too: a database filled by other means (a restore, the data generator) may bring many rows. */
    @Override
    public void afterSingletonsInstantiated() {
        foldOnSchedule();
    }

    /** The rows noted so far into the base, in one statement: the number does not move. */
    @Scheduled(fixedDelayString = "${coordination.data-version.fold:PT1M}",
            initialDelayString = "${coordination.data-version.fold:PT1M}")
    void foldOnSchedule() {
        if (folding) {
            fold();
        }
    }

    public void fold() {
        jdbc.update("""
                with folded as (delete from data_change returning 1)
                update data_version_base set base = base + (select count(*) from folded)""");
    }

    /** The number, if these are the bytes of {@link #SQL_VALUE}; null otherwise. */
    public static Long read(byte[] bytes) {
        if (bytes == null || bytes.length != MARK.length + Long.BYTES) {
            return null;
        }
        for (int i = 0; i < MARK.length; i++) {
            if (bytes[i] != MARK[i]) {
                return null;
            }
        }
        long value = 0;
        for (int i = MARK.length; i < bytes.length; i++) {
            value = (value << 8) | (bytes[i] & 0xff);
        }
        return value;
    }
}
