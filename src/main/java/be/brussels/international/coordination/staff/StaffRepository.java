package be.brussels.international.coordination.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface StaffRepository extends Repository<StaffMember, Long> {

    Optional<StaffMember> findByUsername(String username);

    /** Everyone, in the order of the page asked for ({@code s} is the staff member, for expressions). */
    @Query(value = "select s from StaffMember s", countQuery = "select count(s) from StaffMember s")
    Page<StaffMember> findSorted(Pageable sortedPage);

    List<StaffMember> findAllByLeftOnIsNull(org.springframework.data.domain.Sort sort);
}
