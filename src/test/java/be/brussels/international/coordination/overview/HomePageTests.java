package be.brussels.international.coordination.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import be.brussels.international.coordination.IntegrationTest;
import be.brussels.international.coordination.dossier.DossierKind;
import be.brussels.international.coordination.dossier.DossierQueries;
import be.brussels.international.coordination.dossier.Holding;
import be.brussels.international.coordination.dossier.Reassignments;
import be.brussels.international.coordination.dossier.Workload;
import be.brussels.international.coordination.visit.DelegationVisit;
import be.brussels.international.coordination.visit.Visits;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator's home page takes their portfolio, the workload (the people and their counts, the dossiers without
 * holder) and the changes to come from one read of the cell: the same as each read alone, with a holding that starts
 * later among them (in the portfolio and the changes to come, not yet in the counts), a person who holds nothing
 * (among the people), one who has left (not), a dossier left vacant (without holder), a retired one (not).
 */
@IntegrationTest
@Transactional
@WithUserDetails("gclerckx")
class HomePageTests {

    @Autowired
    HomePage homePage;

    @Autowired
    DossierQueries dossiers;

    @Autowired
    Reassignments reassignments;

    @Autowired
    Visits visits;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void theCoordinatorsPanelsFromOneReadAreThoseReadApart() {
        // Two dossiers given to the coordinator beside their holders: sofia from ten days on, quebec from today.
        for (String[] given : new String[][] { { "sofia", "10" }, { "quebec", "0" } }) {
            assertThat(jdbc.update("""
                    insert into assignment (dossier_id, staff_member_id, valid_from, decided_by, reason)
                    select d.id, s.id, current_date + ?, 'gclerckx', 'test' from dossier d, staff_member s
                    where s.username = 'gclerckx' and d.code = ?""", Integer.parseInt(given[1]), given[0])).isOne();
        }
        jdbc.update("insert into user_account (username, role) values ('arrivee', 'STAFF'), ('partie', 'STAFF')");
        jdbc.update("""
                insert into staff_member (username, first_name, last_name, title_fr, title_nl, title_en, left_on)
                values ('arrivee', 'Élise', 'Évrard', 'Attachée', 'Attaché', 'Attaché', null),
                       ('partie', 'Paule', 'Partie', 'Attachée', 'Attaché', 'Attaché', current_date - 1)""");
        jdbc.update("update assignment set valid_to = current_date where valid_to is null"
                + " and dossier_id = (select id from dossier where code = 'havana')");
        entityManager.clear();
        Locale nl = Locale.forLanguageTag("nl");

        HomePage.Contents home = homePage.of("gclerckx", nl);

        assertThat(ids(home.portfolio())).isEqualTo(ids(dossiers.portfolioOf("gclerckx", nl)));
        assertThat(home.portfolio().values().stream().flatMap(List::stream).filter(h -> h.isFutureOn(LocalDate.now(clock))))
                .as("the one starting later").hasSize(1);
        assertThat(home.scheduled().stream().map(change -> change.dossier().getCode()).toList())
                .isEqualTo(dossiers.scheduledChanges().stream().map(change -> change.dossier().getCode()).toList())
                .isNotEmpty();
        assertThat(counts(home.workload())).isEqualTo(counts(reassignments.workload()))
                .containsEntry("arrivee", Map.of()).doesNotContainKey("partie");
        // In the same order (people tied on the home page's busiest come in it), names as Dutch sorts them.
        LocaleContextHolder.setLocale(nl);
        try {
            List<String> byName = home.workload().people().stream().map(load -> load.member().getLastName()).toList();
            assertThat(byName).isEqualTo(reassignments.workload().people().stream()
                    .map(load -> load.member().getLastName()).toList());
            assertThat(byName.indexOf("Évrard")).isLessThan(byName.indexOf("Vandernoot"));
        }
        finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertThat(home.workload().withoutHolder()).isEqualTo(reassignments.workload().withoutHolder())
                .anyMatch(dossier -> dossier.getCode().equals("havana"));
    }

    /**
     * The protocol officer's coming visits (the first ten of the month, how many in all), those of the two months
     * after and the escorts to request, read together: the same as the coming visits read alone, and as what the
     * database counts and finds — with more visits than shown, a cancelled one, later ones and an escort to request.
     */
    @Test
    void theProtocolPanelsFromOneReadAreThoseReadApart() {
        for (int day = 1; day <= 12; day++) {
            visit(day, "CONFIRMED");
        }
        visit(5, "CANCELLED");
        visit(40, "PLANNED");
        visit(70, "PLANNED");
        long escorted = visit(8, "CONFIRMED");
        jdbc.update("""
                insert into programme_item (visit_id, day, starts_at, ends_at, activity, escort)
                values (?, current_date + 8, '10:00', '11:00', 'Cortège', true)""", escorted);
        entityManager.clear();

        HomePage.Contents home = homePage.of("gclerckx", Locale.FRENCH);

        assertThat(home.protocol()).isTrue();
        Page<DelegationVisit> apart = visits.coming(30, null, 10);
        assertThat(home.comingVisits().getContent()).extracting(DelegationVisit::getId)
                .isEqualTo(apart.getContent().stream().map(DelegationVisit::getId).toList()).hasSize(10);
        assertThat(home.comingVisits().getTotalElements()).isEqualTo(apart.getTotalElements()).isGreaterThan(10);
        assertThat(home.comingLater()).isEqualTo(jdbc.queryForObject("""
                select count(*) from delegation_visit where status <> 'CANCELLED'
                and period_overlaps(current_date + 31, current_date + 90, starts_on, ends_on)""", Long.class))
                .isGreaterThanOrEqualTo(2);
        assertThat(home.escortsToRequest()).extracting(DelegationVisit::getId).isEqualTo(jdbc.queryForList("""
                select v.id from delegation_visit v where v.starts_on between current_date and current_date + 30
                and v.status <> 'CANCELLED' and not v.escort_requested
                and exists (select 1 from programme_item i where i.visit_id = v.id and i.escort)
                order by v.starts_on, v.id""", Long.class)).contains(escorted);
    }

    private long visit(int inDays, String status) {
        return jdbc.queryForObject("""
                insert into delegation_visit (direction, kind, partner_id, title, starts_on, ends_on, logged_by, status)
                values ('INCOMING', 'WORKING', (select id from partner where slug = 'quebec'), 'Visite', current_date + ?,
                        current_date + ?, 'test', ?) returning id""", Long.class, inDays, inDays, status);
    }

    private static Map<DossierKind, List<Long>> ids(Map<DossierKind, List<Holding>> portfolio) {
        return portfolio.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().stream().map(h -> h.getDossier().getId()).toList()));
    }

    private static Map<String, Map<DossierKind, Long>> counts(Workload workload) {
        return workload.people().stream().collect(Collectors.toMap(load -> load.member().getUsername(),
                Workload.PersonLoad::counts));
    }
}
