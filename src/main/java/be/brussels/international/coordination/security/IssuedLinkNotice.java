package be.brussels.international.coordination.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * A one-time link just issued, shown once to who issued it (a flash attribute, kept in their session only, never
 * in a URL or a log): the address to hand over, until when it works, whether it was mailed too.
 */
public record IssuedLinkNotice(String name, String url, Instant expiresAt, boolean mailed) implements Serializable {

    private static final long serialVersionUID = 1L;
}
