package be.brussels.international.coordination.shared;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs each audit revision with the logged-in user, or "system" for start-up work. */
public class AuditRevisionListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean user = authentication != null && authentication.isAuthenticated()
                && !"anonymousUser".equals(authentication.getName());
        ((AuditRevision) revision).setUsername(user ? authentication.getName() : SYSTEM);
    }
}
