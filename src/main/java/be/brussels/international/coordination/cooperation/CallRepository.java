package be.brussels.international.coordination.cooperation;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CallRepository extends Repository<CallForProjects, Long> {

    CallForProjects save(CallForProjects call);

    /** Every call, in the order of the page asked for ({@code c} is the call, for expressions). */
    @Query(value = "select c from CallForProjects c", countQuery = "select count(c) from CallForProjects c")
    Page<CallForProjects> findSorted(Pageable sortedPage);

    @Query("select c from CallForProjects c left join fetch c.applications a left join fetch a.partner where c.id = :id")
    Optional<CallForProjects> findWithApplications(Long id);

    @Query("select c from CallForProjects c left join fetch c.targets where c.id = :id")
    Optional<CallForProjects> findWithTargets(Long id);

    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select c from CallForProjects c where c.id = :id")
    Optional<CallForProjects> findForChange(Long id);
}
