package be.brussels.international.coordination.portfolio.web;

import java.io.Serializable;
import java.util.Collection;

import be.brussels.international.coordination.partner.Continent;
import be.brussels.international.coordination.partner.PartnerFilter;

/**
 * The filters of the partners list, bound from the query string (bookmarkable). A value that does not
 * bind (an unknown continent...) is ignored rather than refused.
 */
class PartnerListForm implements Serializable {

    private static final long serialVersionUID = 1L;

    enum Relation {
        BILATERAL, DEVELOPMENT_COOPERATION
    }

    /** Which partnerships: those that run (the default), those that ended, or all. */
    enum State {
        CURRENT, FORMER, ALL
    }

    private String q;

    private Continent continent;

    private String holder;

    private Relation relation;

    private State state;

    PartnerFilter toFilter(Collection<Long> heldByHolder) {
        Boolean development = relation == null ? null : relation == Relation.DEVELOPMENT_COOPERATION;
        Boolean former = state == State.ALL ? null : state == State.FORMER;
        return new PartnerFilter(q, continent, development, holder == null ? null : heldByHolder, former);
    }

    public State getState() {
        return state;
    }

    public void setState(State state) {
        this.state = state;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Continent getContinent() {
        return continent;
    }

    public void setContinent(Continent continent) {
        this.continent = continent;
    }

    public String getHolder() {
        return holder;
    }

    public void setHolder(String holder) {
        this.holder = holder;
    }

    public Relation getRelation() {
        return relation;
    }

    public void setRelation(Relation relation) {
        this.relation = relation;
    }

    public boolean isActive() {
        return q != null || continent != null || holder != null || relation != null || state != null;
    }
}
