package be.brussels.international.coordination.dossier;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DossierRepository extends Repository<Dossier, Long> {

    @Query("select d from Dossier d left join fetch d.partner where d.code = :code")
    Optional<Dossier> findByCode(String code);

    @Query("select d from Dossier d join fetch d.partner p where p.id = :partnerId")
    Optional<Dossier> findByPartnerId(Long partnerId);
}
