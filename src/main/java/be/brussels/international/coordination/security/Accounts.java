package be.brussels.international.coordination.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.Secrets;
import be.brussels.international.coordination.staff.Arrival;
import be.brussels.international.coordination.staff.PeopleNames;
import be.brussels.international.coordination.staff.StaffDirectory;
import be.brussels.international.coordination.staff.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.JpaSort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of the cell, administered from the interface: a person arrives with an account and a one-time
 * link to choose their password; everyone changes their own password; the administrator changes roles,
 * disables and enables accounts and issues a new link to someone who forgot their password. Nobody ever sees
 * or sets another person's password. Role and state changes are audited (Envers, with who made them).
 */
@Service
@Transactional
public class Accounts {

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);

    /** Logins that would hide a page ({@code /staff/new}). */
    private static final Set<String> RESERVED = Set.of("new");

    private final UserAccountRepository accounts;

    private final AccountLinkRepository links;

    private final StaffDirectory staff;

    private final PasswordEncoder encoder;

    private final PasswordPolicy policy;

    private final Sessions sessions;

    private final PeopleNames people;

    private final AccountLinkMail mail;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final Duration linkLifetime;

    Accounts(UserAccountRepository accounts, AccountLinkRepository links, StaffDirectory staff,
            PasswordEncoder encoder, PasswordPolicy policy, Sessions sessions, PeopleNames people,
            AccountLinkMail mail, ApplicationEventPublisher events, Clock clock, @Value("${coordination.accounts.link-hours:72}") long linkHours) {
        this.accounts = accounts;
        this.links = links;
        this.staff = staff;
        this.encoder = encoder;
        this.policy = policy;
        this.sessions = sessions;
        this.people = people;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
        this.linkLifetime = Duration.ofHours(linkHours);
    }

    /** A one-time link just issued: its secret, shown once to who issued it and mailed to the person. */
    public record IssuedLink(String username, String token, Instant expiresAt, boolean mailed) {
    }

    /** What the page of a one-time link shows: whose account, and whether it is a first password. */
    public record LinkHolder(String username, String name, boolean activation) {
    }

    /** An account as the administrator's list shows it. */
    public record AccountRow(String username, String firstName, String lastName, Role role, boolean enabled,
            Instant lastLoginAt, boolean hasPassword, Instant linkExpiresAt, long version,
            LocalDate leftOn) {

        /** The person's name, or the login for an account that is not a person (admin). */
        public String name() {
            return lastName == null ? username : firstName + " " + lastName;
        }

        /** No password yet: the person has not used their activation link. */
        public boolean isActivationPending() {
            return !hasPassword;
        }

        /** The latest unused link has expired (a new one must be issued). */
        public boolean isLinkExpired(Instant now) {
            return linkExpiresAt != null && !linkExpiresAt.isAfter(now);
        }
    }

    /** Refuses a login already taken (a login is never used again) or one that names a page. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public void checkUsernameFree(String username) {
        if (RESERVED.contains(username) || accounts.existsByUsername(username)) {
            throw new AccountRefused("account.refused.usernameTaken", username).onField("username");
        }
    }

    /**
     * A person joins the cell: their account (without password) and their page are created, and a one-time
     * link to choose their password is issued. Only an administrator may bring in another administrator.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    public IssuedLink bringIn(Arrival arrival, Role role) {
        if (role == Role.ADMIN && !currentUserIs(Role.ADMIN)) {
            throw new AccountRefused("account.refused.adminByAdmin").onField("role");
        }
        checkUsernameFree(arrival.username());
        UserAccount account = accounts.save(new UserAccount(arrival.username(), null, role));
        staff.arrive(arrival);
        return issue(account, AccountLink.Purpose.ACTIVATION, arrival.email());
    }

    /**
     * A new one-time link for a person who forgot their password (or whose activation link expired): earlier
     * links stop working; the current password works until the new one is chosen. Never for oneself.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public IssuedLink issueNewLink(String username, long seenVersion) {
        UserAccount account = forChange(username, seenVersion);
        // One's own password is changed knowing it (« My password »), never by a link one issues to oneself.
        if (account.getUsername().equals(currentUsername())) {
            throw new AccountRefused("account.refused.selfLink");
        }
        if (!account.isEnabled()) {
            throw new AccountRefused("account.refused.disabled");
        }
        AccountLink.Purpose purpose = account.hasPassword() ? AccountLink.Purpose.RESET
                : AccountLink.Purpose.ACTIVATION;
        return issue(account, purpose, staff.findByUsername(username).map(StaffMember::getEmail).orElse(null));
    }

    private IssuedLink issue(UserAccount account, AccountLink.Purpose purpose, String email) {
        Instant now = clock.instant();
        links.findUnusedOf(account).forEach(older -> older.spend(now));
        String token = Secrets.random();
        Instant expiresAt = now.plus(linkLifetime);
        links.save(new AccountLink(account, purpose, hash(token), now, expiresAt, currentUsername()));
        // Who and when, never the link: its secret stays out of every log.
        log.info("One-time link ({}) issued for '{}' by '{}', valid until {}", purpose, account.getUsername(),
                currentUsername(), expiresAt);
        boolean mailed = mail.canSend() && email != null && !email.isBlank();
        if (mailed) {
            events.publishEvent(new AccountLinkIssued(account.getUsername(), email, token, expiresAt,
                    purpose == AccountLink.Purpose.ACTIVATION));
        }
        return new IssuedLink(account.getUsername(), token, expiresAt, mailed);
    }

    /** Whose account the link opens, while it can be used; empty for an unknown, used or expired link. */
    @Transactional(readOnly = true)
    public Optional<LinkHolder> holderOf(String token) {
        return holderOfKey(keyOf(token));
    }

    /**
     * What a browser keeps of a link while its person chooses a password (in the session, so in PostgreSQL): the
     * secret's hash, never the secret — a copy of the sessions table or of a backup opens nothing once the session
     * is over. Null for what cannot be a link's secret.
     */
    public static String keyOf(String token) {
        return token == null || token.isBlank() || token.length() > 100 ? null : hash(token);
    }

    /** Whose link this is ({@link #keyOf}), while it can be used. */
    public Optional<LinkHolder> holderOfKey(String key) {
        return usableLinkByKey(key).map(link -> new LinkHolder(link.getAccount().getUsername(),
                people.name(link.getAccount().getUsername()),
                link.getPurpose() == AccountLink.Purpose.ACTIVATION));
    }

    /**
     * The person chooses their password on their link (known by its {@link #keyOf key}): the link is spent, and
     * every session of theirs ends (whoever knew the old password is out).
     */
    public String choosePassword(String linkKey, String password) {
        AccountLink link = usableLinkByKey(linkKey).orElseThrow(() -> new AccountRefused("account.link.unusable"));
        UserAccount account = link.getAccount();
        if (!account.isEnabled()) {
            throw new AccountRefused("account.link.unusable");
        }
        policy.check(password, personal(account.getUsername()));
        account.changePassword(encoder.encode(password));
        Instant now = clock.instant();
        links.findUnusedOf(account).forEach(each -> each.spend(now));
        sessions.endAllOf(account.getUsername());
        return account.getUsername();
    }

    /**
     * A person changes their own password, giving the current one: their other sessions end, the one they
     * are using ({@code keptSessionId}) stays.
     */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword, String keptSessionId) {
        String username = currentUsername();
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("Account", username));
        if (!account.hasPassword() || currentPassword == null
                || !encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountRefused("account.password.wrongCurrent").onField("currentPassword");
        }
        if (encoder.matches(newPassword, account.getPasswordHash())) {
            throw new AccountRefused("account.password.same").onField("newPassword");
        }
        policy.check(newPassword, personal(username));
        account.changePassword(encoder.encode(newPassword));
        links.findUnusedOf(account).forEach(each -> each.spend(clock.instant()));
        sessions.endAllOfExcept(username, keptSessionId);
    }

    /** The columns the accounts list can be sorted by. */
    public static final List<String> SORTABLE = List.of("name", "username", "role", "lastLogin");

    /**
     * The accounts of a role, enabled or disabled (null: all), by one of the {@link #SORTABLE} columns, then by the
     * person's name (accounts that are not people last).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<AccountRow> list(Role role, Boolean enabled, String column, boolean descending, Pageable pageable) {
        Sort.Direction direction = descending ? Sort.Direction.DESC : Sort.Direction.ASC;
        Sort byName = JpaSort.unsafe(direction, "sort_key(s.lastName)", "sort_key(s.firstName)", "a.username");
        Sort order = column == null ? byName : switch (column) {
            case "username" -> JpaSort.unsafe(direction, "a.username");
            // The roles' codes sort as their hierarchy: administrator, coordinator, protocol, staff.
            case "role" -> JpaSort.unsafe(direction, "a.role").and(JpaSort.unsafe("sort_key(s.lastName)",
                    "sort_key(s.firstName)", "a.username"));
            case "lastLogin" -> Sort.by(new Sort.Order(direction, "lastLoginAt", Sort.NullHandling.NULLS_LAST))
                    .and(JpaSort.unsafe("a.username"));
            default -> byName;
        };
        return accounts.findRows(role, enabled, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                order));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<AccountRow> find(String username) {
        return accounts.findRow(username);
    }

    /** Never the administrator's own role, nor the last enabled administrator's. */
    @PreAuthorize("hasRole('ADMIN')")
    public void changeRole(String username, long seenVersion, Role role) {
        UserAccount account = forChange(username, seenVersion);
        if (account.getRole() == role) {
            return;
        }
        refuseIfSelfOrLastAdmin(account, "account.refused.selfRole");
        account.changeRole(role);
        // A session holds the roles it was opened with: the person logs in again, with the new one.
        sessions.endAllOf(username);
    }

    /** The person can no longer log in; their sessions end at once. Never oneself, nor the last administrator. */
    @PreAuthorize("hasRole('ADMIN')")
    public void disable(String username, long seenVersion) {
        UserAccount account = forChange(username, seenVersion);
        refuseIfSelfOrLastAdmin(account, "account.refused.selfDisable");
        account.disable();
        links.findUnusedOf(account).forEach(each -> each.spend(clock.instant()));
        sessions.endAllOf(username);
    }

    /** The person may log in again; not someone who left the cell. */
    @PreAuthorize("hasRole('ADMIN')")
    public void enable(String username, long seenVersion) {
        UserAccount account = forChange(username, seenVersion);
        if (staff.findByUsername(username).filter(StaffMember::hasLeft).isPresent()) {
            throw new AccountRefused("account.refused.left");
        }
        account.enable();
    }

    private void refuseIfSelfOrLastAdmin(UserAccount account, String selfKey) {
        if (account.getUsername().equals(currentUsername())) {
            throw new AccountRefused(selfKey);
        }
        if (account.getRole() == Role.ADMIN && account.isEnabled() && accounts.countEnabledAdministrators() <= 1) {
            throw new AccountRefused("account.refused.lastAdmin");
        }
    }

    private UserAccount forChange(String username, long seenVersion) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("Account", username));
        account.requireVersion(seenVersion);
        return account;
    }

    private Optional<AccountLink> usableLinkByKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return links.findByTokenHash(key).filter(link -> link.isUsable(clock.instant()));
    }

    /** The login and names of the person, which their password must not be built on. */
    private List<String> personal(String username) {
        List<String> words = new ArrayList<>(List.of(username));
        words.addAll(List.of(people.name(username).split("[\\s'’-]+")));
        return words;
    }

    /** SHA-256 of the link's secret, in hexadecimal: what is stored. */
    static String hash(String token) {
        return Secrets.sha256(token);
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }

    private static boolean currentUserIs(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> role.authority().equals(authority.getAuthority()));
    }
}
