package be.brussels.international.coordination.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import be.brussels.international.coordination.dossier.PartnerEditRights;
import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.partner.PartnerCatalog;
import be.brussels.international.coordination.shared.Choice;
import be.brussels.international.coordination.shared.Languages;
import be.brussels.international.coordination.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of agreements. Everyone reads it; the holders of a partner's dossier change that partner's
 * agreements, the coordinator changes all (row rights checked here, see {@link PartnerEditRights}).
 */
@Service
@Transactional
@PreAuthorize("hasRole('STAFF')")
public class Agreements {

    private final AgreementRepository agreements;

    private final PartnerCatalog partners;

    private final PartnerEditRights rights;

    private final Clock clock;

    Agreements(AgreementRepository agreements, PartnerCatalog partners, PartnerEditRights rights, Clock clock) {
        this.agreements = agreements;
        this.partners = partners;
        this.rights = rights;
        this.clock = clock;
    }

    /**
     * Statuses in the order of an agreement's life (negotiation, signature, force…), not of their codes; within a
     * function call, which Spring Data leaves as it is (it prefixed a bare {@code case} with the entity's alias).
     */
    private static final String LIFE_ORDER = Arrays.stream(AgreementStatus.values())
            .map(value -> " when " + AgreementStatus.class.getName() + "." + value.name() + " then " + value.ordinal())
            .collect(Collectors.joining("", "coalesce(case a.status", " end, 0)"));

    /** The columns the agreements list can be sorted by. */
    public static final List<String> SORTABLE = List.of("partner", "title", "status", "expires");

    /** One page of the agreements matching the filters, sorted by one of the {@link #SORTABLE} columns. */
    @Transactional(readOnly = true)
    public Page<Agreement> search(AgreementStatus status, String partnerSlug, Integer expiringWithinMonths,
            String column, boolean descending, Locale locale, Pageable pageable) {
        if (column == null || !SORTABLE.contains(column)) {
            // By partner, in the reader's language, unless the reader chose another column.
            return search(status, partnerSlug, expiringWithinMonths, "partner", false, locale, pageable);
        }
        Sort.Direction direction = descending ? Sort.Direction.DESC : Sort.Direction.ASC;
        String language = Languages.of(locale);
        Sort byPartner = JpaSort.unsafe(Sort.Direction.ASC, "p." + Partner.sortNameAttribute(locale));
        Sort byTitle = JpaSort.unsafe(Sort.Direction.ASC, "sort_key(a.title." + language + ")");
        // The column chosen, then partner and title as the default order has them (rows of the same status or
        // expiry came out in the order they were recorded).
        Sort order = switch (column) {
            case "title" -> JpaSort.unsafe(direction, "sort_key(a.title." + language + ")").and(byPartner);
            case "status" -> JpaSort.unsafe(direction, LIFE_ORDER).and(byPartner).and(byTitle);
            case "expires" -> JpaSort.unsafe(direction, "a.expiresOn").and(byPartner).and(byTitle);
            default -> JpaSort.unsafe(direction, "p." + Partner.sortNameAttribute(locale)).and(byTitle);
        };
        return agreements.findSorted(status, partners.idForFilter(partnerSlug), expiringWithinMonths != null,
                expiresBefore(expiringWithinMonths),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order.and(Sort.by(direction, "id"))));
    }

    /** {@code expiringWithinMonths}: only those expiring within that many months (null: all). */
    @Transactional(readOnly = true)
    public Page<Agreement> search(AgreementStatus status, String partnerSlug, Integer expiringWithinMonths,
            Pageable pageable) {
        return agreements.search(status, partners.idForFilter(partnerSlug), expiringWithinMonths != null,
                expiresBefore(expiringWithinMonths),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    private LocalDate expiresBefore(Integer expiringWithinMonths) {
        return expiringWithinMonths == null ? LocalDate.of(9999, 12, 31) : today().plusMonths(expiringWithinMonths);
    }

    @Transactional(readOnly = true)
    public Optional<Agreement> find(long id) {
        return agreements.findWithEvents(id);
    }

    @Transactional(readOnly = true)
    public List<Agreement> ofPartner(Partner partner) {
        return agreements.findByPartnerId(partner.getId());
    }

    /**
     * What an agreement of this partner may be amended from, for the form's "base agreement" list: the
     * partner's other agreements, in the reader's language; none before a partner is chosen.
     */
    @Transactional(readOnly = true)
    public List<Choice> parentChoices(String partnerSlug, Long except, Locale locale) {
        if (partnerSlug == null) {
            return List.of();
        }
        return partners.findBySlug(partnerSlug).map(partner -> agreements.findByPartnerId(partner.getId()).stream()
                .filter(a -> !a.getId().equals(except))
                .sorted(Comparator.comparing(a -> a.getTitle().in(locale), Languages.NAMES))
                .map(a -> Choice.of(a.getId().toString(), a.getTitle().in(locale))).toList()).orElse(List.of());
    }

    /** An agreement and what needs attention about it today. */
    public record Attention(Agreement agreement, java.util.Set<AgreementAlert> alerts) {
    }

    /**
     * The agreements that need attention today, among those of these partners (null: every partner, for the
     * coordinator's view of the whole cell).
     */
    @Transactional(readOnly = true)
    public List<Attention> needingAttention(java.util.Collection<Long> partnerIds) {
        return needingAttention(partnerIds, Languages.DEFAULT);
    }

    /** As above, by partner name in the reader's language (then by title): the order the reader expects. */
    @Transactional(readOnly = true)
    public List<Attention> needingAttention(java.util.Collection<Long> partnerIds, Locale locale) {
        LocalDate today = today();
        List<Agreement> candidates = partnerIds == null ? agreements.findMayNeedAttention(today)
                : partnerIds.isEmpty() ? List.of()
                : agreements.findMayNeedAttentionOf(partnerIds.toArray(Long[]::new), today);
        Comparator<String> names = Languages.NAMES;
        return candidates.stream().map(a -> new Attention(a, a.alertsOn(today))).filter(a -> !a.alerts().isEmpty())
                .sorted(Comparator.comparing((Attention a) -> a.agreement().getPartner().getName().in(locale), names)
                        .thenComparing(a -> a.agreement().getTitle().in(locale), names)
                        .thenComparing(a -> a.agreement().getId()))
                .toList();
    }

    public long create(String partnerSlug, AgreementDetails details) {
        Partner partner = partners.findBySlug(partnerSlug)
                .orElseThrow(() -> new AgreementRefused("agreement.refused.unknownPartner", partnerSlug));
        rights.check(partner);
        return agreements.save(new Agreement(partner, details, parent(details), currentUser(),
                LocalDate.now(clock))).getId();
    }

    public void update(long id, long expectedVersion, AgreementDetails details) {
        forChange(id, expectedVersion).update(details, parent(details));
    }

    public void changeStatus(long id, long expectedVersion, AgreementStatus next, LocalDate on, String note) {
        forChange(id, expectedVersion).changeStatus(next, on, note, currentUser());
    }

    public void record(long id, long expectedVersion, AgreementEventKind kind, LocalDate on, String note) {
        forChange(id, expectedVersion).record(kind, on, note, currentUser());
    }

    /** A life event's date and note corrected, by those who may edit the partner's agreements. */
    public void correctEvent(long id, long expectedVersion, long eventId, LocalDate on, String note) {
        forChange(id, expectedVersion).correctEvent(eventId, on, note);
    }

    /** A renewal or an amendment removed (a status change stays), by those who may edit the agreements. */
    public void removeEvent(long id, long expectedVersion, long eventId) {
        forChange(id, expectedVersion).removeEvent(eventId);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Agreement forChange(long id, long expectedVersion) {
        Agreement agreement = agreements.findForChange(id).orElseThrow(() -> new NotFoundException("Agreement", id));
        rights.check(agreement.getPartner());
        if (agreement.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Agreement.class, id);
        }
        return agreements.findWithEvents(id).orElseThrow();
    }

    private Agreement parent(AgreementDetails details) {
        return details.parentId() == null ? null : agreements.findById(details.parentId())
                .orElseThrow(() -> new AgreementRefused("agreement.refused.parent"));
    }

    private static String currentUser() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
