package be.brussels.international.coordination.partner;

import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class PartnerCatalogTests {

    @Autowired
    PartnerCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

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

    @Test
    @Transactional
    @WithMockUser(roles = "STAFF")
    void theChoicesOfAFormAreEveryPartnerByNameNotTheFirstHundred() {
        for (int i = 0; i < 120; i++) {
            jdbc.update("""
                    insert into partner (slug, designation_fr, name_fr, name_nl, name_en, kind, country_code,
                                         continent, time_zone)
                    values (?, ?, ?, ?, ?, 'CITY', 'BE', 'EUROPE', 'Europe/Brussels')""",
                    "zz-" + i, "Zz Ville " + i, "Zz Ville " + i, "Zz Stad " + i, "Zz Town " + i);
        }
        List<String> choices = catalog.choices(Locale.FRENCH).stream().map(PartnerChoice::name).toList();

        assertThat(choices).hasSize(29 + 120).contains("Zz Ville 119")
                .isEqualTo(catalog.search(PartnerFilter.none(), PageRequest.of(0, 200), Locale.FRENCH)
                        .map(p -> p.getName().in(Locale.FRENCH)).getContent());
        assertThat(catalog.choices(Locale.forLanguageTag("nl")).stream().map(PartnerChoice::name))
                .containsSubsequence("Peking", "Praag", "Quebec", "Rijsel", "Zz Stad 0");
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void theChoicesOfACallAreEveryPartnerOfTheDevelopmentCooperation() {
        List<Partner> choices = catalog.inDevelopmentCooperation(Locale.FRENCH);

        assertThat(choices).isNotEmpty().allMatch(Partner::isDevelopmentCooperation);
        assertThat(choices.stream().map(p -> p.getName().in(Locale.FRENCH)).toList())
                .isEqualTo(names(new PartnerFilter(null, null, true, null), Locale.FRENCH));
    }

    private List<String> names(PartnerFilter filter, Locale locale) {
        return catalog.search(filter, PageRequest.of(0, 50), locale).map(p -> p.getName().in(locale)).getContent();
    }
}
