-- The cell runs the application on its own: people arrive and receive a one-time link to choose their
-- password, partnerships end (and resume), thematic dossiers are created and retired.

-- The day a person joined the cell; unknown for those who were there before the application.
alter table staff_member add column started_on date;
alter table staff_member_aud add column started_on date;

-- One-time links: activating a new account, or choosing a new password after a forgotten one. Only a hash of
-- the secret is kept (SHA-256 of 32 random bytes); a link is used once, and expires.
create table account_link (
    id              bigint generated always as identity primary key,
    user_account_id bigint       not null references user_account (id),
    purpose         varchar(16)  not null,
    token_hash      varchar(64)  not null,
    created_at      timestamptz  not null,
    expires_at      timestamptz  not null,
    -- Set when the link was used, or when a newer link for the same account replaced it.
    used_at         timestamptz,
    issued_by       varchar(64)  not null,
    constraint account_link_token_unique unique (token_hash),
    constraint account_link_token_format check (token_hash ~ '^[0-9a-f]{64}$'),
    constraint account_link_purpose_known check (purpose in ('ACTIVATION', 'RESET')),
    constraint account_link_expires_after_creation check (expires_at > created_at)
);

create index account_link_account_idx on account_link (user_account_id, id desc);

-- Who issued which link, when it was used: audited like everything else (never the hash of its secret).
create table account_link_aud (
    id              bigint   not null,
    rev             bigint   not null references revision (id),
    revtype         smallint not null,
    user_account_id bigint,
    purpose         varchar(16),
    created_at      timestamptz,
    expires_at      timestamptz,
    used_at         timestamptz,
    issued_by       varchar(64),
    primary key (id, rev)
);

-- A partnership that ended: the partner leaves the active lists and choices, keeps its pages and history.
alter table partner
    add column ended_on   date,
    add column end_reason varchar(500),
    add constraint partner_end_has_reason check ((ended_on is null) = (end_reason is null)),
    add constraint partner_end_reason_not_blank check (end_reason is null or btrim(end_reason) <> '');
alter table partner_aud
    add column ended_on   date,
    add column end_reason varchar(500);

-- A thematic dossier that is no longer worked on (an expo that took place): its holders stopped that day.
alter table dossier
    add column retired_on date,
    add constraint dossier_retired_only_when_thematic check (retired_on is null or kind = 'THEMATIC'),
    add constraint dossier_titles_not_blank check (
        title_fr is null or (btrim(title_fr) <> '' and btrim(title_nl) <> '' and btrim(title_en) <> ''));
alter table dossier_aud add column retired_on date;

-- Roles now change in the interface, and a person's history says "role: before → after". The accounts the
-- migrations created had no audit row yet: they get one, as created by the reference data, to compare with.
with baseline as (
    insert into revision (changed_at, username)
    select now(), 'reference-data'
    where exists (select 1 from user_account a where not exists (select 1 from user_account_aud x where x.id = a.id))
    returning id
)
insert into user_account_aud (id, rev, revtype, username, role, enabled)
select a.id, b.id, 0, a.username, a.role, a.enabled
from user_account a cross join baseline b
where not exists (select 1 from user_account_aud x where x.id = a.id);
