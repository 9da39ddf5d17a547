package be.brussels.international.coordination.staff;

import java.util.List;
import java.util.Optional;

import be.brussels.international.coordination.shared.Choice;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface StaffRepository extends Repository<StaffMember, Long> {

    Optional<StaffMember> findByUsername(String username);

    StaffMember save(StaffMember member);

    /** Everyone, in the order of the page asked for ({@code s} is the staff member, for expressions). */
    @Query(value = "select s from StaffMember s", countQuery = "select count(s) from StaffMember s")
    Page<StaffMember> findSorted(Pageable sortedPage);

    List<StaffMember> findAllByLeftOnIsNull(org.springframework.data.domain.Sort sort);

    /** The people present, as choices (username, full name), by last name. */
    @Query("""
            select new be.brussels.international.coordination.shared.Choice$Plain(s.username,
                concat(s.firstName, ' ', s.lastName))
            from StaffMember s where s.leftOn is null order by sort_key(s.lastName), sort_key(s.firstName), s.username""")
    List<Choice> findPresentChoices();
}
