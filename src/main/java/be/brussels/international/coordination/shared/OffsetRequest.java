package be.brussels.international.coordination.shared;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A slice of a query's rows from any offset (a {@link org.springframework.data.domain.PageRequest} only
 * starts at multiples of its size): for a list shown as two queries one after the other, such as the visits,
 * upcoming first then past ones.
 */
public record OffsetRequest(long offset, int limit) implements Pageable {

    public OffsetRequest {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }

    @Override
    public int getPageNumber() {
        return (int) (offset / limit);
    }

    @Override
    public int getPageSize() {
        return limit;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return Sort.unsorted();
    }

    @Override
    public Pageable next() {
        return new OffsetRequest(offset + limit, limit);
    }

    @Override
    public Pageable previousOrFirst() {
        return new OffsetRequest(Math.max(0, offset - limit), limit);
    }

    @Override
    public Pageable first() {
        return new OffsetRequest(0, limit);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetRequest((long) pageNumber * limit, limit);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
