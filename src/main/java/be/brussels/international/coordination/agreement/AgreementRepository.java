package be.brussels.international.coordination.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AgreementRepository extends Repository<Agreement, Long> {

    Agreement save(Agreement agreement);

    /** The list's filters, each optional ({@code p} is the agreement's partner). */
    String MATCHING = """
            (:status is null or a.status = :status) and (:partnerId is null or p.id = :partnerId)
              and (:expiringOnly = false or (a.expiresOn is not null and a.expiresOn <= :expiresBefore))""";

    /** Filters: status, partner, and expiry before a day (all optional but the day, always given). */
    @Query(value = "select a from Agreement a join fetch a.partner p where " + MATCHING
            + " order by p.sortNameFr, a.id",
            countQuery = "select count(a) from Agreement a join a.partner p where " + MATCHING)
    Page<Agreement> search(AgreementStatus status, Long partnerId, boolean expiringOnly, LocalDate expiresBefore,
            Pageable pageable);

    /** Agreements matching the filters in the order asked for (a column of the list). */
    @Query(value = "select a from Agreement a join fetch a.partner p where " + MATCHING,
            countQuery = "select count(a) from Agreement a join a.partner p where " + MATCHING)
    Page<Agreement> findSorted(AgreementStatus status, Long partnerId, boolean expiringOnly, LocalDate expiresBefore,
            Pageable sortedPage);

    @Query("select a from Agreement a join fetch a.partner left join fetch a.parent left join fetch a.events"
            + " where a.id = :id")
    Optional<Agreement> findWithEvents(Long id);

    /**
     * What makes an agreement one that may need attention today: a superset of what {@link Agreement#alertsOn}
     * flags, read in the database rather than every agreement in Java. Every branch implies the predicate of
     * the partial index {@code agreement_may_need_attention_idx} (V20), so that only live agreements are read,
     * never the expired ones that pile up over the years.
     */
    String MAY_NEED_ATTENTION = """
            ((a.status not in (be.brussels.international.coordination.agreement.AgreementStatus.EXPIRED,
                               be.brussels.international.coordination.agreement.AgreementStatus.TERMINATED)
              and ((a.expiresOn >= :today and a.attentionFrom <= :today) or a.reviewOn < :today))
             or (a.signedOn is null
                 and a.status <> be.brussels.international.coordination.agreement.AgreementStatus.IN_NEGOTIATION)
             or (a.inForceOn is null
                 and a.status in (be.brussels.international.coordination.agreement.AgreementStatus.IN_FORCE,
                                  be.brussels.international.coordination.agreement.AgreementStatus.SUSPENDED)))
            """;

    /** The agreements of every partner that may need attention today (the coordinator's view). */
    @Query("select a from Agreement a join fetch a.partner p where " + MAY_NEED_ATTENTION + " order by p.sortNameFr, a.id")
    List<Agreement> findMayNeedAttention(LocalDate today);

    /**
     * The agreements of these partners that may need attention today. A query of its own rather than an
     * "all or these" condition, which no index can serve in the plan PostgreSQL keeps for every call.
     */
    @Query("select a from Agreement a join fetch a.partner p where is_one_of(:partnerIds, a.partner.id) and "
            + MAY_NEED_ATTENTION + " order by p.sortNameFr, a.id")
    List<Agreement> findMayNeedAttentionOf(Long[] partnerIds, LocalDate today);

    @Query("select a from Agreement a where a.partner.id = :partnerId order by a.id")
    List<Agreement> findByPartnerId(Long partnerId);

    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select a from Agreement a where a.id = :id")
    Optional<Agreement> findForChange(Long id);

    Optional<Agreement> findById(Long id);
}
