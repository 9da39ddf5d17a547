package be.brussels.international.coordination.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Identity and optimistic locking for everything people edit. Equality is by id, so that an entity
 * keeps its identity across persistence contexts; a transient entity is equal only to itself.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Refuses a change made on an older version than this one (someone changed the record since the reader
     * saw it): the optimistic-lock conflict that {@link Submission} turns into its message or the 409 page.
     */
    public void requireVersion(long seen) {
        if (version != seen) {
            throw new ObjectOptimisticLockingFailureException(getClass(), id);
        }
    }

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || org.hibernate.Hibernate.getClass(this) != org.hibernate.Hibernate.getClass(other)) {
            return false;
        }
        return id != null && id.equals(((BaseEntity) other).id);
    }

    @Override
    public final int hashCode() {
        return org.hibernate.Hibernate.getClass(this).hashCode();
    }
}
