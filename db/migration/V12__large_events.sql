-- Large events the Region takes part in (world and international expos, Brussels Days, eat! BRUSSELS,
-- colloquia, state visits, receptions), with the partners and the staff involved.
create table large_event (
    id           bigint generated always as identity primary key,
    kind         varchar(24)   not null,
    title_fr     varchar(300)  not null,
    title_nl     varchar(300)  not null,
    title_en     varchar(300)  not null,
    starts_on    date          not null,
    ends_on      date          not null,
    city         varchar(200),
    country_code varchar(2),
    status       varchar(16)   not null default 'PLANNED',
    notes        varchar(4000),
    version      bigint        not null default 0,
    constraint event_kind_known check (kind in ('WORLD_EXPO', 'INTERNATIONAL_EXPO', 'BRUSSELS_DAYS', 'EAT_BRUSSELS',
        'COLLOQUIUM', 'STATE_VISIT', 'RECEPTION', 'OTHER')),
    constraint event_status_known check (status in ('PLANNED', 'CONFIRMED', 'HELD', 'CANCELLED')),
    constraint event_titles_not_blank check (btrim(title_fr) <> '' and btrim(title_nl) <> '' and btrim(title_en) <> ''),
    constraint event_dates_in_order check (ends_on >= starts_on),
    constraint event_country_format check (country_code is null or country_code ~ '^[A-Z]{2}$')
);

create index large_event_starts_on_idx on large_event (starts_on);

create table large_event_partner (
    event_id   bigint not null references large_event (id),
    partner_id bigint not null references partner (id),
    primary key (event_id, partner_id)
);

create index large_event_partner_partner_idx on large_event_partner (partner_id);

create table large_event_staff (
    event_id        bigint not null references large_event (id),
    staff_member_id bigint not null references staff_member (id),
    primary key (event_id, staff_member_id)
);

create table large_event_aud (
    id           bigint   not null,
    rev          bigint   not null references revision (id),
    revtype      smallint not null,
    kind         varchar(24),
    title_fr     varchar(300),
    title_nl     varchar(300),
    title_en     varchar(300),
    starts_on    date,
    ends_on      date,
    city         varchar(200),
    country_code varchar(2),
    status       varchar(16),
    notes        varchar(4000),
    primary key (id, rev)
);

create table large_event_partner_aud (
    rev        bigint   not null references revision (id),
    revtype    smallint not null,
    event_id   bigint   not null,
    partner_id bigint   not null,
    primary key (rev, event_id, partner_id)
);

create table large_event_staff_aud (
    rev             bigint   not null references revision (id),
    revtype         smallint not null,
    event_id        bigint   not null,
    staff_member_id bigint   not null,
    primary key (rev, event_id, staff_member_id)
);
