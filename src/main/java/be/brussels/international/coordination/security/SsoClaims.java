package be.brussels.international.coordination.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads an ID token's claims as {@link SsoProperties} say: who the person is, and which roles the groups the
 * identity provider lists give them. Nothing else: whether that person may use the application is
 * {@link SsoUserService}'s question.
 */
final class SsoClaims {

    private final SsoProperties properties;

    SsoClaims(SsoProperties properties) {
        this.properties = properties;
    }

    /** The username in the application, lower case; empty when the claim is missing or blank. */
    Optional<String> username(Map<String, Object> claims) {
        Object value = claim(claims, properties.usernameClaim());
        if (!(value instanceof String text) || text.isBlank()) {
            return Optional.empty();
        }
        String username = text.strip().toLowerCase(Locale.ROOT);
        if (properties.stripEmailDomain() && username.indexOf('@') > 0) {
            username = username.substring(0, username.indexOf('@'));
        }
        return Optional.of(username);
    }

    /** The roles the token's groups give, by the configured mapping; none for groups not mapped. */
    Set<Role> roles(Map<String, Object> claims) {
        Set<String> values = values(claim(claims, properties.rolesClaim()));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        properties.roles().forEach((role, granting) -> {
            if (granting.stream().map(String::strip).anyMatch(values::contains)) {
                roles.add(role);
            }
        });
        return roles;
    }

    /** A claim, following a dotted path into nested objects ({@code realm_access.roles}). */
    private static Object claim(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String name : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(name);
        }
        return value;
    }

    private static Set<String> values(Object claim) {
        if (claim instanceof Collection<?> many) {
            return many.stream().filter(v -> v != null).map(Object::toString).collect(Collectors.toSet());
        }
        if (claim instanceof String one) {
            // Some providers send a single group as a string, or several separated by spaces.
            return Set.copyOf(List.of(one.strip().split("\\s+")));
        }
        return Set.of();
    }
}
