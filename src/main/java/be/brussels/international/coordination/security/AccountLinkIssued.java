package be.brussels.international.coordination.security;

import java.time.Instant;

/** A one-time link was issued for a person with an address: mailed to them once the transaction commits. */
record AccountLinkIssued(String username, String email, String token, Instant expiresAt, boolean activation) {

    /** Never the secret: this record may end up in a log. */
    @Override
    public String toString() {
        return "AccountLinkIssued[" + username + "]";
    }
}
