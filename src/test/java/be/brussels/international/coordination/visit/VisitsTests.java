package be.brussels.international.coordination.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import be.brussels.international.coordination.IntegrationTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of the visits register, on the real database; each test is rolled back. */
@IntegrationTest
@Transactional
@WithMockUser(username = "wvanwaeyenberge", roles = "PROTOCOL")
class VisitsTests {

    @Autowired
    Visits visits;

    @Autowired
    Clock clock;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void aVisitFromAPartnerIsRecordedWithWhoLoggedIt() {
        long id = visits.create(quebec(inDays(30), inDays(32)));
        DelegationVisit visit = reload(id);

        assertThat(visit.getPartner().getSlug()).isEqualTo("quebec");
        assertThat(visit.getStatus()).isEqualTo(VisitStatus.PLANNED);
        assertThat(visit.getLoggedBy()).isEqualTo("wvanwaeyenberge");
    }

    @Test
    void aDelegationFromElsewhereNeedsItsOrigin() {
        assertRefused(() -> visits.create(details(null, null, inDays(3), inDays(4))), "visit.refused.noOrigin");
        long id = visits.create(details(null, "Ambassade du Japon", inDays(3), inDays(4)));
        assertThat(reload(id).getOrigin()).isEqualTo("Ambassade du Japon");
    }

    @Test
    void theEndCannotPrecedeTheStart() {
        assertRefused(() -> visits.create(quebec(inDays(5), inDays(4))), "visit.refused.endBeforeStart");
    }

    @Test
    void aVisitIsConfirmedThenCompletedWithAFollowUpOnlyOnceItHasEnded() {
        long upcoming = visits.create(quebec(inDays(1), inDays(2)));
        visits.confirm(upcoming, 0);
        assertThat(reload(upcoming).getStatus()).isEqualTo(VisitStatus.CONFIRMED);
        assertRefused(() -> visits.complete(upcoming, version(upcoming), new FollowUp("Bien", null, true)),
                "visit.refused.completeBeforeEnd");

        long past = visits.create(quebec(inDays(-3), inDays(0)));
        assertRefused(() -> visits.complete(past, 0, new FollowUp(" ", null, false)),
                "visit.refused.followUpRequired");
        visits.complete(past, 0, new FollowUp("Accord sur un programme d’échanges", "Lettre au délégué", true));
        DelegationVisit completed = reload(past);
        assertThat(completed.getStatus()).isEqualTo(VisitStatus.COMPLETED);
        assertThat(completed.isThankYouSent()).isTrue();
        assertRefused(() -> visits.cancel(past, version(past)), "visit.refused.transition");
        assertRefused(() -> visits.addMember(past, version(past), member("Tardif", 1)), "visit.refused.closed");
    }

    @Test
    void membersAreKeptInOrderOfPrecedence() {
        long id = visits.create(quebec(inDays(30), inDays(32)));
        visits.addMember(id, 0, member("Conseillère", 3));
        visits.addMember(id, 0, member("Délégué général", 1));
        visits.addMember(id, 0, member("Ministre", 2));

        assertThat(reload(id).getMembers()).extracting(VisitMember::getName)
                .containsExactly("Délégué général", "Ministre", "Conseillère");
    }

    @Test
    void programmeItemsFallWithinTheVisitAndOverlapsAreFlagged() {
        long id = visits.create(quebec(inDays(30), inDays(31)));
        assertRefused(() -> visits.addItem(id, 0, item(inDays(32), 9, 10, "Trop tard")), "visit.refused.itemOutside");
        visits.addItem(id, 0, item(inDays(30), 9, 11, "Accueil à l’Hôtel de Ville"));
        visits.addItem(id, 0, item(inDays(30), 10, 12, "Réunion de travail"));
        visits.addItem(id, 0, item(inDays(31), 10, 12, "Visite de terrain"));

        DelegationVisit visit = reload(id);
        assertThat(visit.getProgrammeByDay()).containsOnlyKeys(inDays(30), inDays(31));
        assertThat(visit.getOverlappingItemIds()).hasSize(2);
        assertRefused(() -> visits.update(id, version(id), quebec(inDays(31), inDays(31))),
                "visit.refused.itemsOutside");
    }

    @Test
    void logisticsAreRecordedAndAnEscortRequestedTooLateIsFlagged() {
        // A visit arriving tomorrow; the escort asked today: no working day in between.
        LocalDate tomorrow = inDays(1);
        long id = visits.create(quebec(tomorrow, tomorrow.plusDays(1)));
        visits.updateLogistics(id, 0, new Logistics(tomorrow, LocalTime.of(7, 40), "AC 834", tomorrow.plusDays(1),
                LocalTime.of(18, 5), "AC 835", "Hôtel Amigo", "Minibus de la Région", true, inDays(0)));
        DelegationVisit visit = reload(id);
        assertThat(visit.getLogistics().hotel()).isEqualTo("Hôtel Amigo");
        assertThat(visit.isEscortNoticeShort()).isTrue();

        visits.updateLogistics(id, version(id), new Logistics(tomorrow, null, null, null, null, null, null, null, true,
                inDays(-7)));
        assertThat(reload(id).isEscortNoticeShort()).as("a week before: five working days in between").isFalse();
        assertRefused(() -> visits.updateLogistics(id, version(id), new Logistics(tomorrow, null, null,
                tomorrow.minusDays(1), null, null, null, null, false, null)), "visit.refused.departureBeforeArrival");
        assertRefused(() -> visits.updateLogistics(id, version(id), new Logistics(tomorrow, null, null, null, null,
                null, null, null, true, inDays(1))), "visit.refused.escortInFuture");
    }

    @Test
    void aChangeOnAStaleVersionIsAConflict() {
        long id = visits.create(quebec(inDays(30), inDays(31)));
        assertThatThrownBy(() -> visits.confirm(id, 7)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void theListShowsVisitsNotYetOverFirstSoonestFirstThenPastOnesLatestFirst() {
        long later = visits.create(quebec(inDays(40), inDays(41)));
        long soon = visits.create(quebec(inDays(5), inDays(6)));
        long old = visits.create(quebec(inDays(-60), inDays(-59)));
        long recent = visits.create(quebec(inDays(-10), inDays(-9)));
        entityManager.flush();

        assertThat(visits.search(VisitFilter.none(), PageRequest.of(0, 10)).map(DelegationVisit::getId).getContent())
                .containsExactly(soon, later, recent, old);
        assertThat(visits.search(new VisitFilter(null, "sofia", null, null, null), PageRequest.of(0, 10)))
                .isEmpty();
        assertThat(visits.search(new VisitFilter(null, null, inDays(-60).getYear(), VisitDirection.INCOMING,
                VisitKind.WORKING), PageRequest.of(0, 10)).map(DelegationVisit::getId).getContent()).contains(old);
    }

    @Test
    @WithMockUser(username = "pgerard", roles = "STAFF")
    void staffReadButDoNotRecord() {
        assertThat(visits.search(VisitFilter.none(), PageRequest.of(0, 10))).isNotNull();
        assertThatThrownBy(() -> visits.create(quebec(inDays(1), inDays(2))))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "gclerckx", roles = "COORDINATOR")
    void theCoordinatorRecordsStateVisitsToo() {
        assertThat(visits.create(quebec(inDays(1), inDays(2)))).isPositive();
    }

    private DelegationVisit reload(long id) {
        entityManager.flush();
        entityManager.clear();
        return visits.find(id).orElseThrow();
    }

    private long version(long id) {
        return reload(id).getVersion();
    }

    private void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(VisitRefused.class)
                .extracting(e -> ((VisitRefused) e).getMessageKey()).isEqualTo(messageKey);
    }

    private VisitDetails quebec(LocalDate from, LocalDate to) {
        return details("quebec", null, from, to);
    }

    private static VisitDetails details(String partner, String origin, LocalDate from, LocalDate to) {
        return new VisitDetails(VisitDirection.INCOMING, VisitKind.WORKING, partner, origin, "Mission économique",
                "Coopération universitaire", from, to, "Délégué général", "Délégué général du Québec",
                HeadLevel.SENIOR_OFFICIAL, 4, "Geoffroy Clerckx");
    }

    private static MemberDetails member(String name, int precedence) {
        return new MemberDetails(name, "Titre", "Gouvernement du Québec", precedence, null, null, null);
    }

    private static ItemDetails item(LocalDate day, int from, int to, String activity) {
        return new ItemDetails(day, LocalTime.of(from, 0), LocalTime.of(to, 0), activity, "Bruxelles", null, false,
                false, false);
    }

    private LocalDate inDays(int days) {
        return LocalDate.now(clock).plusDays(days);
    }
}
