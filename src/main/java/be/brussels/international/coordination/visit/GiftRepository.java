package be.brussels.international.coordination.visit;

import java.time.LocalDate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface GiftRepository extends Repository<VisitGift, Long> {

    @Query(value = """
            select g from VisitGift g join fetch g.visit v left join fetch v.partner
            where v.startsOn between :from and :to""",
            countQuery = "select count(g) from VisitGift g where g.visit.startsOn between :from and :to")
    Page<VisitGift> findByVisitPeriod(LocalDate from, LocalDate to, Pageable sortedPage);
}
