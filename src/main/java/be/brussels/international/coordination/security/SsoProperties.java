package be.brussels.international.coordination.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a person signing in with the identity provider (OpenID Connect: Keycloak, Microsoft Entra ID) is
 * recognised: which claim of the ID token is their username in the application, and which group or role
 * values give which role. Unused unless single sign-on is configured (README, "Single sign-on").
 *
 * @param usernameClaim the claim holding the username ({@code preferred_username} in Keycloak and Entra ID)
 * @param stripEmailDomain whether {@code fvandernoot@sprb.brussels} means {@code fvandernoot} (Entra ID gives
 *        user principal names)
 * @param rolesClaim the claim holding the groups or roles, a dotted path for a nested one
 *        ({@code groups}, {@code roles}, Keycloak's {@code realm_access.roles})
 * @param roles for each role of the application, the values of that claim that give it; empty: the roles are
 *        those recorded on the person's account in the application
 */
@ConfigurationProperties("coordination.sso")
record SsoProperties(@DefaultValue("preferred_username") String usernameClaim,
        @DefaultValue("false") boolean stripEmailDomain, @DefaultValue("groups") String rolesClaim,
        Map<Role, List<String>> roles) {

    SsoProperties {
        roles = roles == null ? Map.of() : Map.copyOf(roles);
    }

    /** Whether the identity provider decides the roles (else the account in the application does). */
    boolean rolesFromProvider() {
        return roles.values().stream().anyMatch(values -> !values.isEmpty());
    }
}
