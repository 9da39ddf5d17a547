package be.brussels.international.coordination.security;

import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface UserAccountRepository extends Repository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByCalendarToken(String calendarToken);

    boolean existsByUsername(String username);

    UserAccount save(UserAccount account);

    /** Shifts the last login to the previous one: a bulk update, outside the audit trail. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount a set a.previousLoginAt = a.lastLoginAt, a.lastLoginAt = :at where a.username = :username")
    int recordLogin(String username, java.time.Instant at);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount a set a.passwordHash = :passwordHash, a.version = a.version + 1")
    int setEveryPassword(String passwordHash);
}
