package be.brussels.international.coordination.communication;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subscribers of « The Brussels globe », for who runs the cell's communication: the holders of the
 * communication dossier and the coordinator. Nobody else sees an address.
 */
@Service
@Transactional(readOnly = true)
public class Subscribers {

    /** The columns the list can be sorted by. */
    public static final List<String> SORTABLE = List.of("email", "status", "consented");

    private final SubscriberRepository subscribers;

    private final CommunicationRights rights;

    private final Clock clock;

    Subscribers(SubscriberRepository subscribers, CommunicationRights rights, Clock clock) {
        this.subscribers = subscribers;
        this.rights = rights;
        this.clock = clock;
    }

    /**
     * The address no longer receives anything (the server keeps refusing it) until its owner subscribes again;
     * its address shown, for the failures list to say which.
     */
    @Transactional
    public String markBouncing(long id) {
        checkCanManage();
        Subscriber subscriber = subscribers.findById(id)
                .orElseThrow(() -> new NotFoundException("Subscriber", id));
        subscriber.markBouncing(clock.instant());
        return subscriber.getEmail();
    }

    /** Refuses (403) unless the current user runs the cell's communication: asked before anything is read. */
    public void checkCanManage() {
        rights.checkCanManage();
    }

    /**
     * One page of subscribers: {@code text} found in the address, of that status, reading that language and on
     * that list (each optional), sorted by a {@link #SORTABLE} column then by address.
     */
    public Page<SubscriberRow> search(String text, SubscriberStatus status, String language, Audience list,
            String column, boolean descending, Pageable pageable) {
        checkCanManage();
        Sort.Direction direction = descending ? Sort.Direction.DESC : Sort.Direction.ASC;
        Sort order = switch (column == null ? "" : column) {
            case "status" -> Sort.by(direction, "status").and(Sort.by("email"));
            case "consented" -> Sort.by(direction, "consentedAt").and(Sort.by("email"));
            default -> Sort.by(direction, "email");
        };
        String pattern = text == null || text.isBlank() ? null
                : "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        String languagePattern = language == null || !Newsletter.LANGUAGES.contains(language) ? null
                : "%" + language + "%";
        return subscribers.search(pattern, status, languagePattern, list == null ? null : "%" + list.name() + "%",
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order));
    }

    /** How many subscribers there are in each status. */
    public long count(SubscriberStatus status) {
        checkCanManage();
        return subscribers.countByStatus(status);
    }
}
