package be.brussels.international.coordination.security;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface UserAccountRepository extends Repository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByCalendarToken(String calendarToken);

    boolean existsByUsername(String username);

    /**
     * Waits until no other instance is creating the first accounts, and keeps them waiting until this transaction
     * ends: two instances started together on an empty database create {@code admin} once (AccountBootstrap).
     */
    @Query(value = "select cast(pg_advisory_xact_lock(hashtext('coordination.account-bootstrap')) as text)",
            nativeQuery = true)
    String waitForOtherInstancesBootstrap();

    UserAccount save(UserAccount account);

    @Query("select count(a) from UserAccount a where a.role = 'ADMIN' and a.enabled = true")
    long countEnabledAdministrators();

    /** Accounts with their person's name and their latest unused link ({@code a} the account, {@code s} the person). */
    @Query(value = ROWS + FILTERS, countQuery = "select count(a) from UserAccount a" + FILTERS)
    Page<Accounts.AccountRow> findRows(Role role, Boolean enabled, Pageable sortedPage);

    /** A role, enabled or disabled accounts (each null: all). */
    String FILTERS = " where (:role is null or a.role = :role) and (:enabled is null or a.enabled = :enabled)";

    @Query(ROWS + " where a.username = :username")
    Optional<Accounts.AccountRow> findRow(String username);

    String ROWS = """
            select new be.brussels.international.coordination.security.Accounts$AccountRow(a.username, s.firstName,
                s.lastName, a.role, a.enabled, a.lastLoginAt,
                case when a.passwordHash is not null then true else false end,
                (select max(l.expiresAt) from AccountLink l where l.account = a and l.usedAt is null),
                a.version, s.leftOn)
            from UserAccount a left join StaffMember s on s.username = a.username""";

    /** Shifts the last login to the previous one: a bulk update, outside the audit trail. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount a set a.previousLoginAt = a.lastLoginAt, a.lastLoginAt = :at where a.username = :username")
    int recordLogin(String username, java.time.Instant at);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount a set a.passwordHash = :passwordHash, a.version = a.version + 1")
    int setEveryPassword(String passwordHash);
}
