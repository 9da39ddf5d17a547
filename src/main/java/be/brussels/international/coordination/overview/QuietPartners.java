package be.brussels.international.coordination.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.shared.Languages;
import be.brussels.international.coordination.shared.LocalizedText;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home page's relations that may be going cold: partners with no note, no visit (not cancelled) and no
 * event (not cancelled) in the last months. One statement over the three modules' tables: asked module by
 * module it took four queries, each with a list of partners that Hibernate translates again on every
 * execution — an eighth of the home page's time (JFR).
 */
@Component
@PreAuthorize("hasRole('STAFF')")
class QuietPartners {

    /** A partner as the home page links it. */
    public record QuietPartner(String slug, LocalizedText name) {
    }

    private static final int SHOWN = 100;

    private final NamedParameterJdbcTemplate jdbc;

    private final Clock clock;

    QuietPartners(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Of these partners (all of them when null), those quiet for that many months, by name in the reader's
     * language.
     */
    @Transactional(readOnly = true)
    public List<QuietPartner> of(Collection<Long> partnerIds, int months, Locale locale) {
        if (partnerIds != null && partnerIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        MapSqlParameterSource parameters = new MapSqlParameterSource("since", today.minusMonths(months))
                .addValue("today", today).addValue("shown", SHOWN);
        String among = "";
        if (partnerIds != null) {
            among = " p.id in (:ids) and";
            parameters.addValue("ids", partnerIds);
        }
        // Partners whose partnership has ended are not going cold: they are gone.
        return jdbc.query("select p.slug, p.name_fr, p.name_nl, p.name_en from partner p where" + among + """
                 p.ended_on is null
                 and not exists (select 1 from partner_note n where n.partner_id = p.id and n.occurred_on >= :since)
                 and not exists (select 1 from delegation_visit v where v.partner_id = p.id
                                 and v.starts_on between :since and :today and v.status <> 'CANCELLED')
                 and not exists (select 1 from large_event_partner ep join large_event e on e.id = ep.event_id
                                 where ep.partner_id = p.id and e.starts_on between :since and :today
                                 and e.status <> 'CANCELLED')
                order by p.sort_name_""" + Languages.of(locale) + ", p.slug limit :shown",
                parameters, (row, n) -> new QuietPartner(row.getString("slug"),
                        new LocalizedText(row.getString("name_fr"), row.getString("name_nl"), row.getString("name_en"))));
    }
}
