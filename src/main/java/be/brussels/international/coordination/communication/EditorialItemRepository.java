package be.brussels.international.coordination.communication;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface EditorialItemRepository extends Repository<EditorialItem, Long> {

    EditorialItem save(EditorialItem item);

    void delete(EditorialItem item);

    @Query("select i from EditorialItem i left join fetch i.partner where i.id = :id")
    Optional<EditorialItem> findById(long id);

    @Query("""
            select i from EditorialItem i where i.plannedAt >= :from and i.plannedAt < :to and i.status <> :left
            order by i.plannedAt, i.id""")
    List<EditorialItem> findPlanned(Instant from, Instant to, EditorialStatus left);

    /** Filters are optional (null: any); planned from {@code from} (inclusive) to {@code to} (exclusive). */
    @Query(value = """
            select i from EditorialItem i left join fetch i.partner
            where (:channel is null or i.channel = :channel) and (:status is null or i.status = :status)
              and i.plannedAt >= :from and i.plannedAt < :to
            order by i.plannedAt, i.id""",
            countQuery = """
            select count(i) from EditorialItem i
            where (:channel is null or i.channel = :channel) and (:status is null or i.status = :status)
              and i.plannedAt >= :from and i.plannedAt < :to""")
    Page<EditorialItem> search(Channel channel, EditorialStatus status, Instant from, Instant to, Pageable pageable);
}
