package be.brussels.international.coordination.partner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import be.brussels.international.coordination.shared.Choice;
import be.brussels.international.coordination.shared.Countries;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds partners. Every logged-in member of the cell may read them. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('STAFF')")
public class PartnerCatalog {

    private final PartnerRepository partners;

    PartnerCatalog(PartnerRepository partners) {
        this.partners = partners;
    }

    /**
     * The partner a list is filtered by, from its slug: null when none is asked for, an id that matches nothing
     * when the slug is unknown (the list is then empty rather than unfiltered).
     */
    public Long idForFilter(String slug) {
        return slug == null ? null : partners.findBySlug(slug).map(Partner::getId).orElse(-1L);
    }

    public Optional<Partner> findBySlug(String slug) {
        return partners.findBySlug(slug);
    }

    public long count() {
        return partners.count();
    }

    /**
     * The partners whose partnership runs, by name in the reader's language: the choices of a form or a list's
     * filter. A record of a former partner keeps it among its choices: {@code kept} are the slugs it holds.
     */
    public List<PartnerChoice> choices(Locale locale, Collection<String> kept) {
        return partners.findChoices(byName(locale)).stream().filter(row -> !row.former() || kept.contains(row.slug()))
                .map(row -> row.in(locale)).toList();
    }

    /** The partners whose partnership runs, by name in the reader's language. */
    public List<PartnerChoice> choices(Locale locale) {
        return choices(locale, Set.of());
    }

    /** Every partner of the development cooperation, by name in the reader's language (a call's choices). */
    public List<Partner> inDevelopmentCooperation(Locale locale) {
        return partners.findInDevelopmentCooperation(byName(locale));
    }

    private static Sort byName(Locale locale) {
        return Sort.by(Partner.sortNameAttribute(locale), "slug");
    }

    /** The columns the partners list can be sorted by. */
    public static final List<String> SORTABLE = List.of("name", "kind", "country");

    /** One page of partners matching the filter, sorted by one of the {@link #SORTABLE} columns, then by name. */
    public Page<Partner> search(PartnerFilter filter, String column, boolean descending, Pageable pageable,
            Locale locale) {
        if (column == null || !SORTABLE.contains(column)) {
            return search(filter, pageable, locale);
        }
        Sort.Direction direction = descending ? Sort.Direction.DESC : Sort.Direction.ASC;
        if (column.equals("country")) {
            return partners.findAll(matching(filter).and(byCountryName(locale, descending)),
                    PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
        }
        Sort byName = Sort.by(direction, Partner.sortNameAttribute(locale), "slug");
        Sort order = column.equals("kind") ? Sort.by(direction, "kind").and(byName) : byName;
        return partners.findAll(matching(filter), PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order));
    }

    /**
     * By the name of the partner's country in the reader's language (« Algérie », « Allemagne »… in French), not by its
     * code (« DE » before « DZ »), then by the partner's name: the codes in the order of their names, each partner at
     * its code's place (one parameter, whatever the number of countries).
     */
    private static Specification<Partner> byCountryName(Locale locale, boolean descending) {
        String[] codes = Countries.choices(locale).stream().map(Choice::value).toArray(String[]::new);
        return (partner, query, cb) -> {
            Expression<Integer> place = cb.function("array_position", Integer.class,
                    ((HibernateCriteriaBuilder) cb).value(codes), partner.get("countryCode"));
            List<Expression<?>> keys = List.of(place, partner.get(Partner.sortNameAttribute(locale)), partner.get("slug"));
            query.orderBy(keys.stream().map(key -> descending ? cb.desc(key) : cb.asc(key)).toList());
            return null;
        };
    }

    /** One page of partners matching the filter, sorted by their name in the reader's language. */
    public Page<Partner> search(PartnerFilter filter, Pageable pageable, Locale locale) {
        return partners.findAll(matching(filter),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), byName(locale)));
    }

    private static Specification<Partner> matching(PartnerFilter filter) {
        return (partner, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (filter.text() != null && !filter.text().isBlank()) {
                Expression<String> searchText = partner.get("searchText");
                for (String word : filter.text().trim().split("\\s+")) {
                    // value(): a bound parameter, where literal() would write the typed text into the SQL.
                    Expression<String> pattern = ((HibernateCriteriaBuilder) cb).value("%" + escapeLike(word) + "%");
                    conditions.add(cb.like(searchText, cb.lower(cb.function("f_unaccent", String.class, pattern)),
                            '\\'));
                }
            }
            if (filter.continent() != null) {
                conditions.add(cb.equal(partner.get("continent"), filter.continent()));
            }
            if (filter.developmentCooperation() != null) {
                conditions.add(cb.equal(partner.get("developmentCooperation"), filter.developmentCooperation()));
            }
            if (filter.former() != null) {
                conditions.add(filter.former() ? cb.isNotNull(partner.get("endedOn")) : cb.isNull(partner.get("endedOn")));
            }
            if (filter.ids() != null) {
                conditions.add(filter.ids().isEmpty() ? cb.disjunction() : partner.get("id").in(filter.ids()));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
    }

    /** Typed % and _ are characters to look for, not wildcards. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

}
