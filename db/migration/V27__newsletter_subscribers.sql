-- « The Brussels globe »: people subscribe on a public page, confirm from the message they receive (double
-- opt-in), and leave in one click. The consent is recorded: when, on which wording, confirmed when.

create table subscriber (
    id                bigint generated always as identity primary key,
    email             varchar(254) not null,
    -- The languages the person reads the newsletter in: any of fr, nl, en, at least one.
    languages         varchar(16)  not null,
    status            varchar(16)  not null,
    -- Which wording of the consent the person accepted (the page shows it), and when.
    consent_version   varchar(16)  not null,
    consented_at      timestamptz  not null,
    confirmed_at      timestamptz,
    unsubscribed_at   timestamptz,
    -- The pending confirmation: a hash of the link's secret, until when it works.
    confirmation_hash varchar(64),
    confirmation_expires_at timestamptz,
    version           bigint       not null default 0,
    constraint subscriber_email_format check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and email = lower(email)),
    constraint subscriber_email_unique unique (email),
    constraint subscriber_languages_known check (languages ~ '^(fr|nl|en)(,(fr|nl|en)){0,2}$'),
    constraint subscriber_status_known check (status in ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED')),
    constraint subscriber_confirmed_when_confirmed check (status <> 'CONFIRMED' or confirmed_at is not null),
    constraint subscriber_confirmation_format check (confirmation_hash is null or confirmation_hash ~ '^[0-9a-f]{64}$'),
    constraint subscriber_confirmation_unique unique (confirmation_hash)
);

create table subscriber_aud (
    id                bigint   not null,
    rev               bigint   not null references revision (id),
    revtype           smallint not null,
    email             varchar(254),
    languages         varchar(16),
    status            varchar(16),
    consent_version   varchar(16),
    consented_at      timestamptz,
    confirmed_at      timestamptz,
    unsubscribed_at   timestamptz,
    primary key (id, rev)
);

-- The secret that signs the addresses of the unsubscribe and preferences pages in every message: created
-- once, kept in the database so that every instance and every restart signs alike.
create table application_secret (
    name  varchar(32) primary key,
    value bytea       not null,
    constraint application_secret_long_enough check (length(value) >= 32)
);
