-- The editorial calendar of the website, the X account and the newsletter: what is planned to be published
-- where and when (Brussels time), from idea to publication, approved by the coordinator.
create table editorial_item (
    id          bigint generated always as identity primary key,
    channel     varchar(16)   not null,
    planned_at  timestamptz   not null,
    status      varchar(16)   not null,
    title       varchar(200)  not null,
    body        varchar(10000),
    partner_id  bigint references partner (id),
    approved_by varchar(64),
    approved_at timestamptz,
    created_by  varchar(64)   not null,
    version     bigint        not null default 0,
    constraint editorial_item_channel_known check (channel in ('WEBSITE', 'X', 'NEWSLETTER')),
    constraint editorial_item_status_known check (status in ('IDEA', 'DRAFT', 'APPROVED', 'PUBLISHED')),
    constraint editorial_item_title_not_blank check (btrim(title) <> ''),
    constraint editorial_item_approval check ((status in ('APPROVED', 'PUBLISHED')) = (approved_at is not null))
);

create index editorial_item_planned_idx on editorial_item (planned_at, id);

create table editorial_item_aud (
    id          bigint   not null,
    rev         bigint   not null references revision (id),
    revtype     smallint not null,
    channel     varchar(16),
    planned_at  timestamptz,
    status      varchar(16),
    title       varchar(200),
    body        varchar(10000),
    partner_id  bigint,
    approved_by varchar(64),
    approved_at timestamptz,
    created_by  varchar(64),
    primary key (id, rev)
);
