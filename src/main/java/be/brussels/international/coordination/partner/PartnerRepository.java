package be.brussels.international.coordination.partner;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PartnerRepository extends Repository<Partner, Long>, JpaSpecificationExecutor<Partner> {

    Optional<Partner> findBySlug(String slug);

    long count();

    boolean existsBySlug(String slug);

    Partner save(Partner partner);

    /** Every partner (JPQL queries, whose translation Hibernate keeps: {@code findAll(Sort)} is a criteria one). */
    @Query("""
            select new be.brussels.international.coordination.partner.PartnerChoice$Row(p.slug, p.name,
                case when p.endedOn is null then false else true end)
            from Partner p""")
    List<PartnerChoice.Row> findChoices(Sort sort);

    /** The partners of the development cooperation whose partnership runs. */
    @Query("select p from Partner p where p.developmentCooperation = true and p.endedOn is null")
    List<Partner> findInDevelopmentCooperation(Sort sort);
}
