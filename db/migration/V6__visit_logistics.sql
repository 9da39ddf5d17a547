-- Logistics of a visit: arrival and departure, hotel, transport, and the security escort requested from the
-- federal crisis centre (which needs at least two working days' notice).
alter table delegation_visit
    add column arrival_on          date,
    add column arrival_at          time,
    add column arrival_by          varchar(200),
    add column departure_on        date,
    add column departure_at        time,
    add column departure_by        varchar(200),
    add column hotel               varchar(300),
    add column transport           varchar(1000),
    add column escort_requested    boolean not null default false,
    add column escort_requested_on date,
    add constraint visit_departure_after_arrival check (
        arrival_on is null or departure_on is null or departure_on >= arrival_on),
    add constraint visit_escort_request_dated check (not escort_requested or escort_requested_on is not null);

alter table delegation_visit_aud
    add column arrival_on          date,
    add column arrival_at          time,
    add column arrival_by          varchar(200),
    add column departure_on        date,
    add column departure_at        time,
    add column departure_by        varchar(200),
    add column hotel               varchar(300),
    add column transport           varchar(1000),
    add column escort_requested    boolean,
    add column escort_requested_on date;
