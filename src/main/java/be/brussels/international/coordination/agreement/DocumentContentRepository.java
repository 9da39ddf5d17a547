package be.brussels.international.coordination.agreement;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface DocumentContentRepository extends Repository<DocumentContent, Long> {

    DocumentContent save(DocumentContent content);

    Optional<DocumentContent> findById(Long documentId);
}
