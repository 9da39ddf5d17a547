package be.brussels.international.coordination.security;

/**
 * What a login may do. A hierarchy: each role includes the ones below it (ADMIN > COORDINATOR > PROTOCOL >
 * STAFF). Labels: {@code security.role.<NAME>} in the message files.
 */
public enum Role {
    STAFF, PROTOCOL, COORDINATOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
