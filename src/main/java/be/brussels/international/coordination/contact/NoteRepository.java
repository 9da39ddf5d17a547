package be.brussels.international.coordination.contact;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface NoteRepository extends Repository<PartnerNote, Long> {

    PartnerNote save(PartnerNote note);

    Optional<PartnerNote> findById(Long id);

    void delete(PartnerNote note);
}
