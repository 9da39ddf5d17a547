-- Foundation schema: partners, staff, user accounts, dossiers and their dated assignments.
-- Every rule that protects the data is written here, not only in Java.

create extension if not exists unaccent;
create extension if not exists btree_gist;

-- unaccent() is only STABLE (it depends on the dictionary search path); this wrapper pins the
-- dictionary so that the function is IMMUTABLE and can feed generated columns and indexes.
create function f_unaccent(text) returns text
    language sql immutable parallel safe strict
as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

create table partner (
    id                      bigint generated always as identity primary key,
    slug                    varchar(64)  not null,
    designation_fr          varchar(200) not null,
    name_fr                 varchar(120) not null,
    name_nl                 varchar(120) not null,
    name_en                 varchar(120) not null,
    kind                    varchar(32)  not null,
    country_code            varchar(2)   not null,
    continent               varchar(16)  not null,
    time_zone               varchar(64)  not null,
    development_cooperation boolean      not null default false,
    version                 bigint       not null default 0,
    search_text             text generated always as (
        lower(f_unaccent(slug || ' ' || designation_fr || ' ' || name_fr || ' ' || name_nl || ' ' || name_en))) stored,
    sort_name_fr            text generated always as (lower(f_unaccent(name_fr))) stored,
    sort_name_nl            text generated always as (lower(f_unaccent(name_nl))) stored,
    sort_name_en            text generated always as (lower(f_unaccent(name_en))) stored,
    constraint partner_slug_unique unique (slug),
    constraint partner_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint partner_names_not_blank check (
        btrim(designation_fr) <> '' and btrim(name_fr) <> '' and btrim(name_nl) <> '' and btrim(name_en) <> ''),
    constraint partner_kind_known check (kind in ('CITY', 'CITY_PROVINCE', 'REGION', 'PROVINCE', 'PREFECTURE',
        'WILAYA', 'FEDERAL_DISTRICT', 'VOIVODESHIP', 'METROPOLIS', 'DISTRICT', 'COUNTRY')),
    constraint partner_country_code_format check (country_code ~ '^[A-Z]{2}$'),
    constraint partner_continent_known check (continent in ('AFRICA', 'NORTH_AMERICA', 'SOUTH_AMERICA', 'ASIA',
        'EUROPE', 'OCEANIA')),
    constraint partner_time_zone_not_blank check (btrim(time_zone) <> '')
);

create table user_account (
    id            bigint generated always as identity primary key,
    username      varchar(64)  not null,
    -- null: the account exists but has no password yet, so nobody can log in with it.
    password_hash varchar(200),
    role          varchar(16)  not null,
    enabled       boolean      not null default true,
    version       bigint       not null default 0,
    constraint user_account_username_unique unique (username),
    constraint user_account_username_format check (username ~ '^[a-z][a-z0-9._-]{1,63}$'),
    constraint user_account_role_known check (role in ('STAFF', 'PROTOCOL', 'COORDINATOR', 'ADMIN'))
);

create table staff_member (
    id         bigint generated always as identity primary key,
    username   varchar(64)  not null references user_account (username),
    first_name varchar(80)  not null,
    last_name  varchar(80)  not null,
    title_fr   varchar(200) not null,
    title_nl   varchar(200) not null,
    title_en   varchar(200) not null,
    left_on    date,
    version    bigint       not null default 0,
    constraint staff_member_username_unique unique (username),
    constraint staff_member_names_not_blank check (btrim(first_name) <> '' and btrim(last_name) <> '')
);

create table dossier (
    id          bigint generated always as identity primary key,
    code        varchar(80)  not null,
    kind        varchar(32)  not null,
    -- A partner dossier is named by its partner; a thematic dossier has its own titles.
    partner_id  bigint references partner (id),
    title_fr    varchar(200),
    title_nl    varchar(200),
    title_en    varchar(200),
    version     bigint       not null default 0,
    constraint dossier_code_unique unique (code),
    constraint dossier_code_format check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint dossier_partner_unique unique (partner_id),
    constraint dossier_kind_known check (kind in ('BILATERAL', 'DEVELOPMENT_COOPERATION', 'THEMATIC')),
    constraint dossier_partner_matches_kind check ((kind = 'THEMATIC') = (partner_id is null)),
    constraint dossier_titles_only_when_thematic check (
        (partner_id is null and title_fr is not null and title_nl is not null and title_en is not null)
        or (partner_id is not null and title_fr is null and title_nl is null and title_en is null))
);

-- A dated link between a dossier and its holder. Rows are never overwritten: a change of holder ends
-- one period (valid_to, exclusive) and starts another.
create table assignment (
    id              bigint generated always as identity primary key,
    dossier_id      bigint       not null references dossier (id),
    staff_member_id bigint       not null references staff_member (id),
    valid_from      date         not null,
    valid_to        date,
    decided_by      varchar(64)  not null,
    reason          varchar(500) not null,
    recorded_at     timestamptz  not null default now(),
    constraint assignment_period_valid check (valid_to is null or valid_to > valid_from),
    constraint assignment_no_overlap exclude using gist (
        dossier_id with =, staff_member_id with =, daterange(valid_from, valid_to) with &&)
);

create index assignment_staff_member_idx on assignment (staff_member_id);
create index partner_sort_name_fr_idx on partner (sort_name_fr);
create index partner_sort_name_nl_idx on partner (sort_name_nl);
create index partner_sort_name_en_idx on partner (sort_name_en);
