package be.brussels.international.coordination.contact;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ContactRepository extends Repository<PartnerContact, Long>, ContactsAndNotes {

    PartnerContact save(PartnerContact contact);

    Optional<PartnerContact> findById(Long id);

    void delete(PartnerContact contact);

    /** Current contacts first (by name), then past ones (latest first). */
    @Query("select c from PartnerContact c where c.partner.id = :partnerId"
            + " order by case when c.toOn is null then 0 else 1 end, c.toOn desc, sort_key(c.name)")
    List<PartnerContact> findByPartnerId(Long partnerId);
}
