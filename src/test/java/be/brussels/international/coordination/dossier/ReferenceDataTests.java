package be.brussels.international.coordination.dossier;

import java.util.List;
import java.util.Map;

import be.brussels.international.coordination.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference data that the migrations load, as the cell's own staff list gives it. */
@IntegrationTest
class ReferenceDataTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTwentyNinePartnersHaveTheirSlugs() {
        List<String> slugs = jdbc.queryForList("select slug from partner order by slug", String.class);
        assertThat(slugs).containsExactlyInAnyOrder("aichi", "algiers", "berlin", "brasilia", "bratislava",
                "budapest", "chennai", "luxembourg", "ile-de-france", "kyiv", "kinshasa", "havana", "lille",
                "ljubljana", "mazovia", "moscow", "paramaribo", "beijing", "prague", "quebec", "rabat-sale-kenitra",
                "seoul", "sichuan", "sofia", "tokyo", "vienna", "vilnius", "washington-dc", "xian");
    }

    @Test
    void partnersHaveTheirNamesInThreeLanguagesAndTheSeedsDesignation() {
        Map<String, Object> beijing = jdbc.queryForMap(
                "select designation_fr, name_fr, name_nl, name_en, country_code, time_zone from partner where slug = 'beijing'");
        assertThat(beijing).containsEntry("name_fr", "Pékin").containsEntry("name_nl", "Peking")
                .containsEntry("name_en", "Beijing").containsEntry("country_code", "CN");
        assertThat(jdbc.queryForObject("select designation_fr from partner where slug = 'mazovia'", String.class))
                .isEqualTo("Voïvodie de Mazovie");
        assertThat(jdbc.queryForObject("select designation_fr from partner where slug = 'aichi'", String.class))
                .isEqualTo("Préfecture d’Aichi");
    }

    @Test
    void theFourDevelopmentCooperationPartnersHaveDevelopmentCooperationDossiers() {
        List<String> slugs = jdbc.queryForList("""
                select p.slug from partner p join dossier d on d.partner_id = p.id
                where p.development_cooperation and d.kind = 'DEVELOPMENT_COOPERATION' order by p.slug""",
                String.class);
        assertThat(slugs).containsExactly("chennai", "kinshasa", "paramaribo", "rabat-sale-kenitra");
        assertThat(jdbc.queryForObject("select count(*) from dossier where kind = 'BILATERAL'", Integer.class))
                .isEqualTo(25);
    }

    @Test
    void havanaIsHeldByTwoPeople() {
        assertThat(holdersOf("havana")).containsExactly("dverheyden", "fvandernoot");
    }

    @Test
    void florenceVandernootHoldsElevenPartnerDossiers() {
        List<String> partners = jdbc.queryForList("""
                select p.slug from assignment a join staff_member s on s.id = a.staff_member_id
                join dossier d on d.id = a.dossier_id join partner p on p.id = d.partner_id
                where s.username = 'fvandernoot' and a.valid_to is null order by p.slug""", String.class);
        assertThat(partners).containsExactly("berlin", "bratislava", "budapest", "havana", "ile-de-france",
                "lille", "ljubljana", "prague", "quebec", "vienna", "vilnius");
    }

    @Test
    void theDevelopmentCooperationThematicDossiersAreCoHeldByThree() {
        assertThat(holdersOf("development-policy")).containsExactly("bspapens", "cteclu", "jwillems");
        assertThat(holdersOf("calls-for-projects")).containsExactly("bspapens", "cteclu", "jwillems");
        assertThat(holdersOf("state-visits")).containsExactly("gclerckx");
        assertThat(holdersOf("protocol")).containsExactly("wvanwaeyenberge");
        assertThat(holdersOf("eat-brussels")).containsExactly("jmverdin");
    }

    @Test
    void everyDossierHasAHolderAndTitlesInThreeLanguages() {
        assertThat(jdbc.queryForObject("select count(*) from dossier", Integer.class)).isEqualTo(29 + 8);
        assertThat(jdbc.queryForObject("""
                select count(*) from dossier d where not exists (select 1 from assignment a where a.dossier_id = d.id)""",
                Integer.class)).isZero();
        assertThat(jdbc.queryForList("select title_nl from dossier where kind = 'THEMATIC'", String.class))
                .hasSize(8).doesNotContainNull();
    }

    @Test
    void theStaffHaveTheirRoles() {
        assertThat(jdbc.queryForObject("select role from user_account where username = 'gclerckx'", String.class))
                .isEqualTo("COORDINATOR");
        assertThat(jdbc.queryForObject("select role from user_account where username = 'wvanwaeyenberge'",
                String.class)).isEqualTo("PROTOCOL");
        assertThat(jdbc.queryForList("select username from staff_member order by username", String.class))
                .containsExactly("bspapens", "cteclu", "dverheyden", "fvandernoot", "gclerckx", "jmverdin",
                        "jwillems", "pgerard", "swillaumez", "wvanwaeyenberge");
    }

    private List<String> holdersOf(String dossierCode) {
        return jdbc.queryForList("""
                select s.username from assignment a join staff_member s on s.id = a.staff_member_id
                join dossier d on d.id = a.dossier_id where d.code = ? and a.valid_to is null order by s.username""",
                String.class, dossierCode);
    }
}
