package be.brussels.international.coordination.communication;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EditionImageRepository extends JpaRepository<EditionImage, Long> {

    List<EditionImage> findByEditionIdOrderById(long editionId);
}
