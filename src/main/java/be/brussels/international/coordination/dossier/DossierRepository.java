package be.brussels.international.coordination.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DossierRepository extends Repository<Dossier, Long> {

    @Query("select d from Dossier d left join fetch d.partner where d.code = :code")
    Optional<Dossier> findByCode(String code);

    @Query("select d from Dossier d join fetch d.partner p where p.id = :partnerId")
    Optional<Dossier> findByPartnerId(Long partnerId);

    boolean existsByCode(String code);

    Dossier save(Dossier dossier);

    /**
     * Claims the dossier for a decision: increments its version if it is still the one the coordinator saw.
     * Returns 0 when another decision came first. A concurrent claim waits for this transaction's row lock,
     * then finds the version changed: two concurrent decisions cannot both succeed.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Dossier d set d.version = d.version + 1 where d.code = :code and d.version = :expectedVersion")
    int claim(String code, long expectedVersion);

    /** Loads the dossier's assignments and their holders into it, in one statement. */
    @Query("select distinct d from Dossier d left join fetch d.partner left join fetch d.assignments a"
            + " left join fetch a.staffMember where d.code = :code")
    Optional<Dossier> findWithAssignments(String code);

    /**
     * Dossiers nobody holds on that day: left vacant on purpose, or waiting for a future holder — not those of
     * a former partner, nor retired ones.
     */
    @Query("select d from Dossier d left join fetch d.partner p where d.retiredOn is null and p.endedOn is null"
            + " and not exists (select 1 from Assignment a"
            + " where a.dossier = d and a.annulledBy is null and a.validFrom <= :day"
            + " and (a.validTo is null or a.validTo > :day)) order by d.kind, d.code")
    List<Dossier> findWithoutHolderOn(LocalDate day);
}
