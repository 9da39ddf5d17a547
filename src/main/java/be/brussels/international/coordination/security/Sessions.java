package be.brussels.international.coordination.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The open sessions of each person, kept in PostgreSQL by Spring Session and indexed by the login's name (V33):
 * ending them all marks each one ended, and whichever instance serves its next request refuses it and sends the
 * reader to the login page, which says why ({@link EndedSessionFilter}).
 */
@Component
public class Sessions {

    /** The mark of a session ended by « log out on every device » or a departure. */
    static final String ENDED = Sessions.class.getName() + ".ENDED";

    private final FindByIndexNameSessionRepository<? extends Session> repository;

    Sessions(FindByIndexNameSessionRepository<? extends Session> repository) {
        this.repository = repository;
    }

    /** Ends every open session of this person; returns how many there were. */
    public int endAllOf(String username) {
        return endAllOfExcept(username, null);
    }

    /** Ends every open session of this person but {@code keptSessionId} (the one they are using). */
    public int endAllOfExcept(String username, String keptSessionId) {
        return end(repository, username, keptSessionId);
    }

    private static <S extends Session> int end(FindByIndexNameSessionRepository<S> repository, String username,
            String keptSessionId) {
        int ended = 0;
        for (S session : repository.findByPrincipalName(username).values()) {
            if (!session.getId().equals(keptSessionId) && session.getAttribute(ENDED) == null) { // null: none kept
                session.setAttribute(ENDED, Boolean.TRUE);
                repository.save(session);
                ended++;
            }
        }
        return ended;
    }
}
