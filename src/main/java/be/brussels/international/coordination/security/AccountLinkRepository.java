package be.brussels.international.coordination.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AccountLinkRepository extends Repository<AccountLink, Long> {

    AccountLink save(AccountLink link);

    @Query("select l from AccountLink l join fetch l.account where l.tokenHash = :tokenHash")
    Optional<AccountLink> findByTokenHash(String tokenHash);

    @Query("select l from AccountLink l where l.account = :account and l.usedAt is null")
    List<AccountLink> findUnusedOf(UserAccount account);
}
