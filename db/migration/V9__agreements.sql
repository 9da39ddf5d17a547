-- The register of cooperation agreements: what was signed with each partner, by whom, when, for how long,
-- and its life (a dated history of statuses, renewals and amendments). Unknown dates stay null: the seed
-- invents none, and the pages show them as "to complete".

create table agreement (
    id                    bigint generated always as identity primary key,
    partner_id            bigint       not null references partner (id),
    parent_id             bigint references agreement (id),
    kind                  varchar(32)  not null,
    title_fr              varchar(300) not null,
    title_nl              varchar(300) not null,
    title_en              varchar(300) not null,
    signatories           varchar(2000),
    signed_on             date,
    signed_at             varchar(200),
    in_force_on           date,
    expires_on            date,
    tacit_renewal         boolean,
    renewal_months        integer,
    notice_months         integer,
    review_on             date,
    themes                varchar(1000),
    notes                 varchar(4000),
    status                varchar(16)  not null,
    version               bigint       not null default 0,
    constraint agreement_kind_known check (kind in ('COOPERATION_AGREEMENT', 'ARRANGEMENT',
        'MEMORANDUM_OF_UNDERSTANDING', 'AMENDMENT', 'ACTION_PROGRAMME')),
    constraint agreement_status_known check (status in ('IN_NEGOTIATION', 'SIGNED', 'IN_FORCE', 'SUSPENDED',
        'EXPIRED', 'TERMINATED')),
    constraint agreement_titles_not_blank check (btrim(title_fr) <> '' and btrim(title_nl) <> '' and btrim(title_en) <> ''),
    constraint agreement_dates_in_order check (
        (signed_on is null or in_force_on is null or in_force_on >= signed_on)
        and (in_force_on is null or expires_on is null or expires_on > in_force_on)
        and (signed_on is null or expires_on is null or expires_on > signed_on)),
    constraint agreement_periods_sensible check ((renewal_months is null or renewal_months between 1 and 600)
        and (notice_months is null or notice_months between 0 and 120)),
    constraint agreement_not_its_own_parent check (parent_id is null or parent_id <> id)
);

create index agreement_partner_idx on agreement (partner_id);
create index agreement_expires_idx on agreement (expires_on);

-- What happened to an agreement: status changes, renewals, amendments. occurred_on null: date unknown.
create table agreement_event (
    id           bigint generated always as identity primary key,
    agreement_id bigint       not null references agreement (id),
    kind         varchar(16)  not null,
    status       varchar(16),
    occurred_on  date,
    note         varchar(1000),
    recorded_by  varchar(64)  not null,
    recorded_at  timestamptz  not null default now(),
    constraint agreement_event_kind_known check (kind in ('STATUS', 'RENEWED', 'AMENDED')),
    constraint agreement_event_status_when_status check ((kind = 'STATUS') = (status is not null))
);

create index agreement_event_agreement_idx on agreement_event (agreement_id, id);

-- One agreement per partner, in force, every date unknown (the cell's description gives none).
insert into agreement (partner_id, kind, title_fr, title_nl, title_en, status)
select id, 'COOPERATION_AGREEMENT',
       'Accord de coopération entre la Région de Bruxelles-Capitale et ' || designation_fr,
       'Samenwerkingsakkoord tussen het Brussels Hoofdstedelijk Gewest en ' || name_nl,
       'Cooperation agreement between the Brussels-Capital Region and ' || name_en,
       'IN_FORCE'
from partner order by id;

insert into agreement_event (agreement_id, kind, status, recorded_by, note)
select id, 'STATUS', 'IN_FORCE', 'reference-data', null from agreement;

create table agreement_aud (
    id             bigint   not null,
    rev            bigint   not null references revision (id),
    revtype        smallint not null,
    partner_id     bigint,
    parent_id      bigint,
    kind           varchar(32),
    title_fr       varchar(300),
    title_nl       varchar(300),
    title_en       varchar(300),
    signatories    varchar(2000),
    signed_on      date,
    signed_at      varchar(200),
    in_force_on    date,
    expires_on     date,
    tacit_renewal  boolean,
    renewal_months integer,
    notice_months  integer,
    review_on      date,
    themes         varchar(1000),
    notes          varchar(4000),
    status         varchar(16),
    primary key (id, rev)
);

create table agreement_event_aud (
    id           bigint   not null,
    rev          bigint   not null references revision (id),
    revtype      smallint not null,
    agreement_id bigint,
    kind         varchar(16),
    status       varchar(16),
    occurred_on  date,
    note         varchar(1000),
    recorded_by  varchar(64),
    recorded_at  timestamptz,
    primary key (id, rev)
);
