package be.brussels.international.coordination.staff;

import java.time.Clock;
import java.time.LocalDate;

import be.brussels.international.coordination.Html;
import be.brussels.international.coordination.IntegrationTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@IntegrationTest
@Transactional
@WithUserDetails("pgerard")
class StaffPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @PersistenceContext
    EntityManager entityManager;

    /** A newcomer whose first day is to come « joins the cell on » it; from that day, « in the cell since ». */
    @Test
    void aNewcomerJoinsOnADayToComeAndIsInTheCellSinceADayPast() throws Exception {
        LocalDate today = LocalDate.now(clock);
        jdbc.update("update staff_member set started_on = ? where username = 'fvandernoot'", today.plusDays(2));
        assertThat(Html.text(Html.parse(mvc.perform(get("/staff/fvandernoot?lang=en"))), "main p.text-body-secondary"))
                .contains("Joins the cell on");
        jdbc.update("update staff_member set started_on = ? where username = 'fvandernoot'", today);
        entityManager.clear();
        assertThat(Html.text(Html.parse(mvc.perform(get("/staff/fvandernoot?lang=en"))), "main p.text-body-secondary"))
                .contains("In the cell since");
    }
}
