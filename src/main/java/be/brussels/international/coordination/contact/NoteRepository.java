package be.brussels.international.coordination.contact;

import org.springframework.data.repository.Repository;

interface NoteRepository extends Repository<PartnerNote, Long> {

    PartnerNote save(PartnerNote note);
}
