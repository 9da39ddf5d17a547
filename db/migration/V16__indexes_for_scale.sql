-- Indexes for what the main pages filter and sort on, measured at ten times the cell's data
-- (benchmark/run.sh, README "Performance").

-- The visits list: upcoming visits are found by their end date, then sorted by start.
-- It covers the filters too, so that counting the visits a filter matches needs no visit row (index-only).
create index visit_ends_on_idx on delegation_visit (ends_on, starts_on) include (id, status, direction, kind, partner_id);

-- "Between two dates" (home page, calendar): a period overlapping another, answered by a GiST index on the
-- period. The function is inlined by the planner, so the index serves queries written with it.
create function period_overlaps(starts date, ends date, from_day date, to_day date) returns boolean
    language sql immutable parallel safe
as $$ select daterange(starts, ends, '[]') && daterange(from_day, to_day, '[]') $$;

create index visit_period_idx on delegation_visit using gist (daterange(starts_on, ends_on, '[]'));
create index large_event_period_idx on large_event using gist (daterange(starts_on, ends_on, '[]'));

-- Foreign keys the pages join or filter on that had no index yet.
create index large_event_staff_staff_idx on large_event_staff (staff_member_id);
create index assignment_dossier_idx on assignment (dossier_id, valid_from);
