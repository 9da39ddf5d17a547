-- « The Brussels globe »: editions of articles in French, Dutch and English, approved by the coordinator and sent
-- through an outbox (one row per recipient) that workers empty at a set rate, never twice, resuming after a
-- restart; the sent editions form a public archive. A subscriber is on one list or both (the public « globe »,
-- the internal list of Brussels International's staff) and can be marked as bouncing.

alter table subscriber
    add column lists varchar(16) not null default 'GLOBE',
    add column bouncing_since timestamptz,
    add constraint subscriber_lists_known check (lists ~ '^(GLOBE|STAFF)(,(GLOBE|STAFF))?$');
alter table subscriber_aud
    add column lists varchar(16),
    add column bouncing_since timestamptz;

create table edition (
    id            bigint generated always as identity primary key,
    -- The edition's number, given when it is created: n° 1, 2, …
    number        integer      not null,
    audience      varchar(16)  not null,
    subject_fr    varchar(200) not null,
    subject_nl    varchar(200) not null default '',
    subject_en    varchar(200) not null default '',
    status        varchar(16)  not null,
    approved_by   varchar(64),
    approved_at   timestamptz,
    scheduled_at  timestamptz,
    started_at    timestamptz,
    finished_at   timestamptz,
    -- The application's public address when the sending was asked for: the messages' links (sent in the
    -- background, without a request to take it from).
    links_base    varchar(300),
    created_by    varchar(64)  not null,
    created_at    timestamptz  not null,
    version       bigint       not null default 0,
    constraint edition_number_unique unique (number),
    constraint edition_number_positive check (number > 0),
    constraint edition_audience_known check (audience in ('GLOBE', 'STAFF')),
    constraint edition_status_known check (status in ('DRAFT', 'APPROVED', 'SCHEDULED', 'SENDING', 'PAUSED', 'SENT', 'CANCELLED')),
    constraint edition_subject_not_blank check (btrim(subject_fr) <> ''),
    constraint edition_approval check ((status in ('DRAFT')) = (approved_at is null)),
    constraint edition_scheduled check (status <> 'SCHEDULED' or scheduled_at is not null),
    constraint edition_links check (status not in ('SCHEDULED', 'SENDING', 'PAUSED', 'SENT') or links_base is not null),
    constraint edition_started check (status not in ('SENDING', 'PAUSED', 'SENT') or started_at is not null),
    constraint edition_finished check ((status = 'SENT') = (finished_at is not null))
);

create table edition_aud (
    id            bigint   not null,
    rev           bigint   not null references revision (id),
    revtype       smallint not null,
    number        integer,
    audience      varchar(16),
    subject_fr    varchar(200),
    subject_nl    varchar(200),
    subject_en    varchar(200),
    status        varchar(16),
    approved_by   varchar(64),
    approved_at   timestamptz,
    scheduled_at  timestamptz,
    started_at    timestamptz,
    finished_at   timestamptz,
    created_by    varchar(64),
    created_at    timestamptz,
    primary key (id, rev)
);

-- An article: a title and a body (Markdown) per language, in the edition's order; its sources in the application.
create table edition_article (
    id          bigint generated always as identity primary key,
    edition_id  bigint        not null references edition (id),
    position    integer       not null,
    title_fr    varchar(200)  not null,
    title_nl    varchar(200)  not null default '',
    title_en    varchar(200)  not null default '',
    body_fr     varchar(20000) not null default '',
    body_nl     varchar(20000) not null default '',
    body_en     varchar(20000) not null default '',
    partner_id  bigint references partner (id),
    event_id    bigint references large_event (id) on delete set null,
    visit_id    bigint references delegation_visit (id) on delete set null,
    version     bigint        not null default 0,
    constraint edition_article_title_not_blank check (btrim(title_fr) <> ''),
    constraint edition_article_position_unique unique (edition_id, position) deferrable initially deferred
);

create table edition_article_aud (
    id          bigint   not null,
    rev         bigint   not null references revision (id),
    revtype     smallint not null,
    edition_id  bigint,
    position    integer,
    title_fr    varchar(200),
    title_nl    varchar(200),
    title_en    varchar(200),
    body_fr     varchar(20000),
    body_nl     varchar(20000),
    body_en     varchar(20000),
    partner_id  bigint,
    event_id    bigint,
    visit_id    bigint,
    primary key (id, rev)
);

-- The images of an edition, served from the public prefix (an edition's messages and archive show them).
create table edition_image (
    id            bigint generated always as identity primary key,
    edition_id    bigint       not null references edition (id),
    name          varchar(200) not null,
    content_type  varchar(32)  not null,
    content       bytea        not null,
    sha256        varchar(64)  not null,
    uploaded_by   varchar(64)  not null,
    uploaded_at   timestamptz  not null,
    constraint edition_image_type_known check (content_type in ('image/png', 'image/jpeg', 'image/gif')),
    constraint edition_image_size check (length(content) between 1 and 2097152)
);

-- Who added which image, when (the bytes themselves are not copied into the audit trail: they never change).
create table edition_image_aud (
    id            bigint   not null,
    rev           bigint   not null references revision (id),
    revtype       smallint not null,
    edition_id    bigint,
    name          varchar(200),
    content_type  varchar(32),
    sha256        varchar(64),
    uploaded_by   varchar(64),
    uploaded_at   timestamptz,
    primary key (id, rev)
);

-- The outbox: one row per recipient of an edition, written when the sending starts. A worker claims a batch
-- (FOR UPDATE SKIP LOCKED, then a lease), sends each and marks it sent; a failure is retried a bounded number of
-- times, then recorded as failed with its reason.
create table delivery (
    id              bigint generated always as identity primary key,
    edition_id      bigint       not null references edition (id),
    subscriber_id   bigint       not null references subscriber (id),
    status          varchar(16)  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    claimed_until   timestamptz,
    sent_at         timestamptz,
    last_error      varchar(500),
    constraint delivery_once unique (edition_id, subscriber_id),
    constraint delivery_status_known check (status in ('PENDING', 'SENT', 'FAILED', 'CANCELLED')),
    constraint delivery_sent check ((status = 'SENT') = (sent_at is not null))
);

create index delivery_pending_idx on delivery (next_attempt_at, id) where status = 'PENDING';
create index delivery_edition_idx on delivery (edition_id, status);

-- The editorial calendar's items name the event or the visit they are about, as they name a partner.
alter table editorial_item
    add column event_id bigint references large_event (id) on delete set null,
    add column visit_id bigint references delegation_visit (id) on delete set null;
alter table editorial_item_aud
    add column event_id bigint,
    add column visit_id bigint;
