package be.brussels.international.coordination.partner;

import java.util.Collection;

/**
 * What the partners list is narrowed to. Every part is optional.
 *
 * @param text words found in any of the names, accent- and case-insensitively ("quebec" finds Québec)
 * @param continent only partners of this continent
 * @param developmentCooperation only development-cooperation partners (true) or only bilateral ones (false)
 * @param ids only these partners (e.g. those a person holds); an empty collection matches nothing
 * @param former only former partners (true), only those whose partnership runs (false), or both (null)
 */
public record PartnerFilter(String text, Continent continent, Boolean developmentCooperation, Collection<Long> ids,
        Boolean former) {

    /** Current and former partners alike. */
    public PartnerFilter(String text, Continent continent, Boolean developmentCooperation, Collection<Long> ids) {
        this(text, continent, developmentCooperation, ids, null);
    }

    public static PartnerFilter none() {
        return new PartnerFilter(null, null, null, null);
    }
}
