package be.brussels.international.coordination.partner;

import java.util.Collection;

/**
 * What the partners list is narrowed to. Every part is optional.
 *
 * @param text words found in any of the names, accent- and case-insensitively ("quebec" finds Québec)
 * @param continent only partners of this continent
 * @param developmentCooperation only development-cooperation partners (true) or only bilateral ones (false)
 * @param ids only these partners (e.g. those a person holds); an empty collection matches nothing
 */
public record PartnerFilter(String text, Continent continent, Boolean developmentCooperation, Collection<Long> ids) {

    public static PartnerFilter none() {
        return new PartnerFilter(null, null, null, null);
    }
}
