-- Delegation visits: incoming delegations received in Brussels and outgoing missions abroad, with their
-- members (in order of precedence) and their programme.

create table delegation_visit (
    id              bigint generated always as identity primary key,
    direction       varchar(16)   not null,
    kind            varchar(16)   not null,
    partner_id      bigint references partner (id),
    -- Where the delegation comes from (or goes to) when it is not one of the partners.
    origin          varchar(200),
    title           varchar(200)  not null,
    purpose         varchar(2000),
    starts_on       date          not null,
    ends_on         date          not null,
    head_name       varchar(200),
    head_function   varchar(200),
    head_level      varchar(24),
    delegation_size integer,
    hosts           varchar(2000),
    status          varchar(16)   not null default 'PLANNED',
    outcomes        varchar(4000),
    next_steps      varchar(4000),
    thank_you_sent  boolean       not null default false,
    logged_by       varchar(64)   not null,
    logged_at       timestamptz   not null default now(),
    version         bigint        not null default 0,
    constraint visit_direction_known check (direction in ('INCOMING', 'OUTGOING')),
    constraint visit_kind_known check (kind in ('STATE', 'OFFICIAL', 'WORKING', 'OTHER')),
    constraint visit_status_known check (status in ('PLANNED', 'CONFIRMED', 'COMPLETED', 'CANCELLED')),
    constraint visit_head_level_known check (head_level is null or head_level in ('HEAD_OF_STATE',
        'HEAD_OF_GOVERNMENT', 'MINISTER', 'MAYOR_OR_GOVERNOR', 'PARLIAMENTARIAN', 'SENIOR_OFFICIAL', 'OFFICIAL',
        'OTHER')),
    constraint visit_partner_or_origin check (partner_id is not null or btrim(coalesce(origin, '')) <> ''),
    constraint visit_title_not_blank check (btrim(title) <> ''),
    constraint visit_dates_in_order check (ends_on >= starts_on),
    constraint visit_size_sensible check (delegation_size is null or delegation_size between 1 and 1000),
    constraint visit_completed_has_follow_up check (status <> 'COMPLETED' or btrim(coalesce(outcomes, '')) <> '')
);

create index visit_starts_on_idx on delegation_visit (starts_on);
create index visit_partner_idx on delegation_visit (partner_id, starts_on);

create table visit_member (
    id             bigint generated always as identity primary key,
    visit_id       bigint       not null references delegation_visit (id),
    name           varchar(200) not null,
    title          varchar(200),
    organisation   varchar(200),
    precedence     integer      not null,
    language_needs varchar(500),
    dietary_needs  varchar(500),
    notes          varchar(2000),
    constraint visit_member_name_not_blank check (btrim(name) <> ''),
    constraint visit_member_precedence_positive check (precedence between 1 and 1000)
);

create index visit_member_visit_idx on visit_member (visit_id, precedence);

-- Times are local to where the programme takes place.
create table programme_item (
    id           bigint generated always as identity primary key,
    visit_id     bigint        not null references delegation_visit (id),
    day          date          not null,
    starts_at    time          not null,
    ends_at      time          not null,
    activity     varchar(300)  not null,
    venue        varchar(300),
    participants varchar(1000),
    interpreter  boolean       not null default false,
    press        boolean       not null default false,
    constraint programme_item_times_in_order check (ends_at > starts_at),
    constraint programme_item_activity_not_blank check (btrim(activity) <> '')
);

create index programme_item_visit_idx on programme_item (visit_id, day, starts_at);

create table delegation_visit_aud (
    id              bigint   not null,
    rev             bigint   not null references revision (id),
    revtype         smallint not null,
    direction       varchar(16),
    kind            varchar(16),
    partner_id      bigint,
    origin          varchar(200),
    title           varchar(200),
    purpose         varchar(2000),
    starts_on       date,
    ends_on         date,
    head_name       varchar(200),
    head_function   varchar(200),
    head_level      varchar(24),
    delegation_size integer,
    hosts           varchar(2000),
    status          varchar(16),
    outcomes        varchar(4000),
    next_steps      varchar(4000),
    thank_you_sent  boolean,
    logged_by       varchar(64),
    logged_at       timestamptz,
    primary key (id, rev)
);

create table visit_member_aud (
    id             bigint   not null,
    rev            bigint   not null references revision (id),
    revtype        smallint not null,
    visit_id       bigint,
    name           varchar(200),
    title          varchar(200),
    organisation   varchar(200),
    precedence     integer,
    language_needs varchar(500),
    dietary_needs  varchar(500),
    notes          varchar(2000),
    primary key (id, rev)
);

create table programme_item_aud (
    id           bigint   not null,
    rev          bigint   not null references revision (id),
    revtype      smallint not null,
    visit_id     bigint,
    day          date,
    starts_at    time,
    ends_at      time,
    activity     varchar(300),
    venue        varchar(300),
    participants varchar(1000),
    interpreter  boolean,
    press        boolean,
    primary key (id, rev)
);
