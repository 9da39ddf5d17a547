package be.brussels.international.coordination.portfolio;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import be.brussels.international.coordination.dossier.Holding;
import be.brussels.international.coordination.dossier.DossierKind;
import be.brussels.international.coordination.dossier.DossierQueries;
import be.brussels.international.coordination.security.LoginAccounts;
import be.brussels.international.coordination.staff.StaffDirectory;
import be.brussels.international.coordination.staff.StaffMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a person's page shows, read in one read-only transaction (as {@link PartnerPortfolio}). */
@Service
@PreAuthorize("hasRole('STAFF')")
public class PersonPortfolio {

    /**
     * A person's page: the dossiers they hold by kind and, on their own page only, the secret of their
     * calendar feed (empty otherwise, or when they have none).
     */
    public record Page(StaffMember member, Map<DossierKind, List<Holding>> portfolio,
            Optional<String> calendarToken) {
    }

    private final StaffDirectory staff;

    private final DossierQueries dossiers;

    private final LoginAccounts logins;

    PersonPortfolio(StaffDirectory staff, DossierQueries dossiers, LoginAccounts logins) {
        this.staff = staff;
        this.dossiers = dossiers;
        this.logins = logins;
    }

    /** The page of this person; {@code ownPage} when the reader is that person. */
    @Transactional(readOnly = true)
    public Optional<Page> of(String username, boolean ownPage, Locale locale) {
        return staff.findByUsername(username).map(member -> new Page(member, dossiers.portfolioOf(username, locale),
                ownPage ? logins.calendarTokenOf(username) : Optional.empty()));
    }
}
