-- The visits list reads visits to come forwards and visits over backwards along their start date, from today,
-- and counts them there: an index on (start, id) in the list's order, covering the filters (index-only counts).
create index visit_starts_on_covering_idx on delegation_visit (starts_on, id)
    include (ends_on, status, direction, kind, partner_id);
drop index visit_starts_on_idx;
