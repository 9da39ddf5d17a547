package be.brussels.international.coordination.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What an identity provider's ID token says: the username in the application and the roles its groups give. */
class SsoClaimsTests {

    static final Map<Role, List<String>> KEYCLOAK_ROLES = Map.of(Role.STAFF, List.of("bi-coordination"),
            Role.PROTOCOL, List.of("bi-protocole"), Role.COORDINATOR, List.of("bi-coordinateurs"),
            Role.ADMIN, List.of("bi-admin"));

    final SsoClaims keycloak = new SsoClaims(new SsoProperties("preferred_username", false, "realm_access.roles",
            KEYCLOAK_ROLES));

    /** Entra ID: group object ids in {@code groups}, user principal names as usernames. */
    final SsoClaims entra = new SsoClaims(new SsoProperties("preferred_username", true, "groups",
            Map.of(Role.STAFF, List.of("6f1c0c2e-0000-4000-8000-000000000001"),
                    Role.COORDINATOR, List.of("6f1c0c2e-0000-4000-8000-000000000002", " legacy-coordinators "))));

    @Test
    void keycloaksNestedRealmRolesGiveTheMappedRolesOnly() {
        Map<String, Object> claims = Map.of("preferred_username", "gclerckx", "realm_access",
                Map.of("roles", List.of("offline_access", "bi-coordination", "bi-coordinateurs")));

        assertThat(keycloak.username(claims)).contains("gclerckx");
        assertThat(keycloak.roles(claims)).containsExactlyInAnyOrder(Role.STAFF, Role.COORDINATOR);
    }

    @Test
    void entraGroupIdsAndUserPrincipalNames() {
        Map<String, Object> claims = Map.of("preferred_username", "FVanderNoot@sprb.brussels",
                "groups", List.of("6f1c0c2e-0000-4000-8000-000000000001", "00000000-0000-0000-0000-00000000dead"));

        assertThat(entra.username(claims)).as("lower case, without the domain").contains("fvandernoot");
        assertThat(entra.roles(claims)).containsExactly(Role.STAFF);
        assertThat(entra.roles(Map.of("groups", List.of("legacy-coordinators")))).as("configured values are trimmed")
                .containsExactly(Role.COORDINATOR);
    }

    @Test
    void aUsernameKeepsItsDomainUnlessToldAndNeedsTheClaim() {
        assertThat(keycloak.username(Map.of("preferred_username", "fvandernoot@sprb.brussels")))
                .contains("fvandernoot@sprb.brussels");
        assertThat(keycloak.username(Map.of("sub", "f81d4fae-7dec-11d0-a765-00a0c91e6bf6"))).isEmpty();
        assertThat(keycloak.username(Map.of("preferred_username", "  "))).isEmpty();
        assertThat(keycloak.username(Map.of("preferred_username", List.of("fvandernoot")))).isEmpty();
    }

    @Test
    void groupsNotMappedOrMissingOrOfTheWrongShapeGiveNoRole() {
        assertThat(keycloak.roles(Map.of("realm_access", Map.of("roles", List.of("offline_access"))))).isEmpty();
        assertThat(keycloak.roles(Map.of())).isEmpty();
        assertThat(keycloak.roles(Map.of("realm_access", "bi-admin"))).as("not an object: no path into it").isEmpty();
        assertThat(keycloak.roles(Map.of("realm_access", Map.of("roles", 42)))).isEmpty();
        assertThat(keycloak.roles(Map.of("realm_access", Map.of("roles", List.of("BI-ADMIN")))))
                .as("values compare exactly").isEmpty();
    }

    @Test
    void aSingleGroupMayComeAsAString() {
        assertThat(keycloak.roles(Map.of("realm_access", Map.of("roles", "bi-protocole"))))
                .containsExactly(Role.PROTOCOL);
        assertThat(entra.roles(Map.of("groups", "6f1c0c2e-0000-4000-8000-000000000002 other")))
                .containsExactly(Role.COORDINATOR);
    }

    @Test
    void withoutAMappingTheAccountDecidesTheRoles() {
        assertThat(new SsoProperties("preferred_username", false, "groups", null).rolesFromProvider()).isFalse();
        assertThat(new SsoProperties("preferred_username", false, "groups", Map.of(Role.STAFF, List.of()))
                .rolesFromProvider()).isFalse();
        assertThat(new SsoProperties("preferred_username", false, "groups", KEYCLOAK_ROLES).rolesFromProvider())
                .isTrue();
    }
}
