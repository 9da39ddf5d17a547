package be.brussels.international.coordination.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DocumentRepository extends Repository<AgreementDocument, Long> {

    AgreementDocument save(AgreementDocument document);

    /** Every version, newest first; the page groups them (current ones are those nothing replaces). */
    @Query("select d from AgreementDocument d left join fetch d.replaces where d.agreement.id = :agreementId"
            + " order by d.id desc")
    List<AgreementDocument> findByAgreementId(Long agreementId);

    @Query("select d from AgreementDocument d join fetch d.agreement a join fetch a.partner where d.id = :id")
    Optional<AgreementDocument> findById(Long id);

    @Query("select count(d) > 0 from AgreementDocument d where d.replaces.id = :id")
    boolean isReplaced(Long id);
}
