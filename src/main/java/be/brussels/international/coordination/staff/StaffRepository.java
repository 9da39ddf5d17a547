package be.brussels.international.coordination.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface StaffRepository extends Repository<StaffMember, Long> {

    Optional<StaffMember> findByUsername(String username);

    Page<StaffMember> findAll(Pageable pageable);

    List<StaffMember> findAllByLeftOnIsNull(org.springframework.data.domain.Sort sort);
}
