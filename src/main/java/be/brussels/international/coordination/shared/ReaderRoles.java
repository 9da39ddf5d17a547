package be.brussels.international.coordination.shared;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whether the signed-in reader has a role, granted or implied by the role hierarchy (ADMIN has COORDINATOR,
 * which has PROTOCOL, which has STAFF): for services whose answer depends on who asks, beyond the
 * {@code @PreAuthorize} that lets them be called at all.
 */
@Component
public class ReaderRoles {

    private final RoleHierarchy hierarchy;

    ReaderRoles(RoleHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /** {@code role} without its prefix ({@code "COORDINATOR"}); false when nobody is signed in. */
    public boolean has(String role) {
        Authentication reader = SecurityContextHolder.getContext().getAuthentication();
        if (reader == null || !reader.isAuthenticated()) {
            return false;
        }
        String authority = "ROLE_" + role;
        return hierarchy.getReachableGrantedAuthorities(reader.getAuthorities()).stream()
                .map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
    }
}
