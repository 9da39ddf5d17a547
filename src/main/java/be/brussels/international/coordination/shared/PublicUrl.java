package be.brussels.international.coordination.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address people open the application at, for the links of the messages sent to them:
 * {@code coordination.public-url} when set (what a reverse proxy publishes), else the address the current
 * request came in by.
 */
@Component
public class PublicUrl {

    private final String configured;

    PublicUrl(@Value("${coordination.public-url:}") String configured) {
        this.configured = configured.replaceAll("/+$", "");
    }

    /** {@code https://host[:port][/context]}, without a trailing slash, followed by {@code path}. */
    public String of(String path) {
        if (!configured.isBlank()) {
            return configured + path;
        }
        // Outside a request (background work), without a configured address: the machine itself.
        return (RequestContextHolder.getRequestAttributes() == null ? "http://localhost"
                : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()) + path;
    }
}
