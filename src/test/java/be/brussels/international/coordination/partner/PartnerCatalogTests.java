package be.brussels.international.coordination.partner;

import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class PartnerCatalogTests {

    @Autowired
    PartnerCatalog catalog;

    @Test
    @WithMockUser(roles = "STAFF")
    void partnersAreSortedByTheirNameInTheReadersLanguageIgnoringAccents() {
        assertThat(names(PartnerFilter.none(), Locale.FRENCH)).startsWith("Aichi", "Alger", "Berlin", "Brasilia")
                .containsSubsequence("Île-de-France", "Kiev", "Kinshasa", "La Havane", "Lille")
                .endsWith("Xi’an");
        assertThat(names(PartnerFilter.none(), Locale.forLanguageTag("nl"))).containsSubsequence("Peking",
                "Praag", "Quebec", "Rabat-Salé-Kénitra", "Rijsel");
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void everyWordMustBeFound() {
        assertThat(names(new PartnerFilter("rabat kenitra", null, null, null), Locale.FRENCH))
                .containsExactly("Rabat-Salé-Kénitra");
        assertThat(names(new PartnerFilter("rabat berlin", null, null, null), Locale.FRENCH)).isEmpty();
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void anEmptySetOfIdsMatchesNothing() {
        assertThat(names(new PartnerFilter(null, null, null, List.of()), Locale.FRENCH)).isEmpty();
        Long sofia = catalog.findBySlug("sofia").orElseThrow().getId();
        assertThat(names(new PartnerFilter(null, null, null, List.of(sofia)), Locale.FRENCH)).containsExactly("Sofia");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theRoleHierarchyLetsHigherRolesRead() {
        assertThat(catalog.count()).isEqualTo(29);
    }

    @Test
    void anonymousCallersAreRefusedByTheServiceItself() {
        assertThatThrownBy(() -> catalog.findBySlug("quebec"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = "VISITOR")
    void aRoleOutsideTheHierarchyIsRefused() {
        assertThatThrownBy(() -> catalog.count()).isInstanceOf(AuthorizationDeniedException.class);
    }

    private List<String> names(PartnerFilter filter, Locale locale) {
        return catalog.search(filter, PageRequest.of(0, 50), locale).map(p -> p.getName().in(locale)).getContent();
    }
}
