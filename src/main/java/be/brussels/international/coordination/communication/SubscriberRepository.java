package be.brussels.international.coordination.communication;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SubscriberRepository extends Repository<Subscriber, Long> {

    Optional<Subscriber> findByEmail(String email);

    Optional<Subscriber> findByConfirmationHash(String confirmationHash);

    Optional<Subscriber> findById(Long id);

    Subscriber save(Subscriber subscriber);

    long countByStatus(SubscriberStatus status);

    /** The address, status and lists of those of these addresses that are known. */
    @Query("select s.email, s.status, s.lists from Subscriber s where s.email in :emails")
    List<Object[]> findStatuses(List<String> emails);

    /** Filters are optional (null: any); the patterns are LIKE patterns, escaped with a backslash. */
    @Query(value = """
            select new be.brussels.international.coordination.communication.SubscriberRow(s.id, s.email, s.languages,
                s.status, s.consentVersion, s.consentedAt, s.confirmedAt, s.unsubscribedAt, s.consentBasis, s.lists,
                s.bouncingSince)
            from Subscriber s
            where (cast(:pattern as string) is null or s.email like :pattern escape '\\')
              and (:status is null or s.status = :status)
              and (cast(:language as string) is null or s.languages like :language)
              and (cast(:list as string) is null or s.lists like :list)""",
            countQuery = """
            select count(s) from Subscriber s
            where (cast(:pattern as string) is null or s.email like :pattern escape '\\')
              and (:status is null or s.status = :status)
              and (cast(:language as string) is null or s.languages like :language)
              and (cast(:list as string) is null or s.lists like :list)""")
    Page<SubscriberRow> search(String pattern, SubscriberStatus status, String language, String list,
            Pageable pageable);
}
