package be.brussels.international.coordination.dossier;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ReassignmentRepository extends Repository<Reassignment, Long> {

    Reassignment save(Reassignment reassignment);

    Optional<Reassignment> findFirstByDossierOrderByIdDesc(Dossier dossier);
}
