package be.brussels.international.coordination;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For the few tests that must commit (audit trail, concurrency, real browser): notes where the data stood
 * and puts the reference assignments back afterwards, so that the other tests see the seed data.
 */
public final class CommittedChanges {

    private final JdbcTemplate jdbc;

    private final long revision;

    private final long assignment;

    private final long reassignment;

    private final long visit;

    private CommittedChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.revision = max("revision");
        this.assignment = max("assignment");
        this.reassignment = max("reassignment");
        this.visit = max("delegation_visit");
    }

    public static CommittedChanges mark(JdbcTemplate jdbc) {
        return new CommittedChanges(jdbc);
    }

    /** The last audit revision before the test: those after it are the test's. */
    public long revision() {
        return revision;
    }

    /** Removes what was committed since {@link #mark} and reopens the assignments it ended or annulled. */
    public void undo() {
        for (String table : new String[] { "assignment_aud", "reassignment_aud", "dossier_aud", "staff_member_aud",
                "user_account_aud", "partner_aud", "delegation_visit_aud", "visit_member_aud", "programme_item_aud" }) {
            jdbc.update("delete from " + table + " where rev > ?", revision);
        }
        jdbc.update("delete from programme_item where visit_id > ?", visit);
        jdbc.update("delete from visit_member where visit_id > ?", visit);
        jdbc.update("delete from delegation_visit where id > ?", visit);
        jdbc.update("delete from revision where id > ?", revision);
        jdbc.update("delete from assignment where id > ?", assignment);
        jdbc.update("update assignment set valid_to = null, ended_by_id = null, annulled_by_id = null"
                + " where ended_by_id > ? or annulled_by_id > ?", reassignment, reassignment);
        jdbc.update("delete from reassignment where id > ?", reassignment);
        jdbc.update("update dossier set vacant_since = null where vacant_since is not null");
        jdbc.update("update staff_member set left_on = null where left_on is not null");
        jdbc.update("update user_account set enabled = true where not enabled");
    }

    private long max(String table) {
        Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
        return max == null ? 0 : max;
    }
}
