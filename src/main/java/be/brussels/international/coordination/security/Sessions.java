package be.brussels.international.coordination.security;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The open sessions of each person (every login is registered, see {@link SecurityConfiguration}): ending them
 * all logs the person out on every browser at their next request.
 */
@Component
public class Sessions {

    private final SessionRegistry registry;

    Sessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every open session of this person; returns how many there were. */
    public int endAllOf(String username) {
        return endAllOfExcept(username, null);
    }

    /** Ends every open session of this person but {@code keptSessionId} (the one they are using). */
    public int endAllOfExcept(String username, String keptSessionId) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (username.equals(nameOf(principal))) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keptSessionId)) { // null: none kept
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        return ended;
    }

    /** A form login's user, or a person signed in by the identity provider. */
    private static String nameOf(Object principal) {
        if (principal instanceof UserDetails user) {
            return user.getUsername();
        }
        return principal instanceof AuthenticatedPrincipal person ? person.getName() : null;
    }
}
