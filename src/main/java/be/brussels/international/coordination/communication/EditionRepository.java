package be.brussels.international.coordination.communication;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EditionRepository extends JpaRepository<Edition, Long> {

    @Query("select coalesce(max(e.number), 0) from Edition e where e.audience = :audience")
    int lastNumber(Audience audience);

    /** The editions of a status and an audience (each null: all), in the page's order. */
    @Query("select e from Edition e where (:status is null or e.status = :status)"
            + " and (:audience is null or e.audience = :audience)")
    Page<Edition> findFiltered(EditionStatus status, Audience audience, Pageable sortedPage);

    Page<Edition> findByStatusAndAudienceOrderByNumberDesc(EditionStatus status, Audience audience,
            Pageable pageable);

    @EntityGraph(attributePaths = { "articles", "articles.partner" })
    Optional<Edition> findByNumberAndStatusAndAudience(int number, EditionStatus status, Audience audience);

    /** The edition with its articles and their partners: what its pages and messages show. */
    @EntityGraph(attributePaths = { "articles", "articles.partner" })
    @Query("select e from Edition e where e.id = :id")
    Optional<Edition> findWithArticles(long id);

    List<Edition> findByStatus(EditionStatus status);
}
