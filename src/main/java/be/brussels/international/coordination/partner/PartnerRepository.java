package be.brussels.international.coordination.partner;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

interface PartnerRepository extends Repository<Partner, Long>, JpaSpecificationExecutor<Partner> {

    Optional<Partner> findBySlug(String slug);

    long count();
}
