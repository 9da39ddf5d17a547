-- People at each partner (officials change after elections: a past contact stays, marked as past), and the
-- dated notes staff log about a partner (calls, meetings, mails). Notes are never rewritten.

create table partner_contact (
    id           bigint generated always as identity primary key,
    partner_id   bigint       not null references partner (id),
    name         varchar(200) not null,
    function     varchar(200),
    organisation varchar(200),
    email        varchar(254),
    phone        varchar(50),
    language     varchar(50),
    from_on      date,
    to_on        date,
    version      bigint       not null default 0,
    constraint contact_name_not_blank check (btrim(name) <> ''),
    constraint contact_email_format check (email is null or email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    constraint contact_period_in_order check (from_on is null or to_on is null or to_on >= from_on)
);

create index partner_contact_partner_idx on partner_contact (partner_id);

create table partner_note (
    id          bigint generated always as identity primary key,
    partner_id  bigint        not null references partner (id),
    kind        varchar(16)   not null,
    occurred_on date          not null,
    summary     varchar(4000) not null,
    author      varchar(64)   not null,
    recorded_at timestamptz   not null default now(),
    constraint note_kind_known check (kind in ('CALL', 'MEETING', 'MAIL', 'OTHER')),
    constraint note_summary_not_blank check (btrim(summary) <> '')
);

create index partner_note_partner_idx on partner_note (partner_id, occurred_on desc);

create table partner_contact_aud (
    id           bigint   not null,
    rev          bigint   not null references revision (id),
    revtype      smallint not null,
    partner_id   bigint,
    name         varchar(200),
    function     varchar(200),
    organisation varchar(200),
    email        varchar(254),
    phone        varchar(50),
    language     varchar(50),
    from_on      date,
    to_on        date,
    primary key (id, rev)
);

create table partner_note_aud (
    id          bigint   not null,
    rev         bigint   not null references revision (id),
    revtype     smallint not null,
    partner_id  bigint,
    kind        varchar(16),
    occurred_on date,
    summary     varchar(4000),
    author      varchar(64),
    recorded_at timestamptz,
    primary key (id, rev)
);
