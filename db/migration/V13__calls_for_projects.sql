-- Development cooperation: calls for projects (appels à projets) and the applications they receive. Money
-- is exact (numeric, euros with cents).
create table call_for_projects (
    id          bigint generated always as identity primary key,
    title_fr    varchar(300)   not null,
    title_nl    varchar(300)   not null,
    title_en    varchar(300)   not null,
    year        integer        not null,
    theme       varchar(300),
    opens_on    date           not null,
    deadline_on date           not null,
    budget      numeric(14, 2) not null,
    status      varchar(16)    not null default 'DRAFT',
    version     bigint         not null default 0,
    constraint call_titles_not_blank check (btrim(title_fr) <> '' and btrim(title_nl) <> '' and btrim(title_en) <> ''),
    constraint call_year_sensible check (year between 2000 and 2100),
    constraint call_deadline_after_opening check (deadline_on >= opens_on),
    constraint call_budget_positive check (budget > 0),
    constraint call_status_known check (status in ('DRAFT', 'OPEN', 'CLOSED', 'EVALUATED', 'AWARDED'))
);

create table call_target_partner (
    call_id    bigint not null references call_for_projects (id),
    partner_id bigint not null references partner (id),
    primary key (call_id, partner_id)
);

create table project_application (
    id                  bigint generated always as identity primary key,
    call_id             bigint         not null references call_for_projects (id),
    partner_id          bigint         not null references partner (id),
    applicant           varchar(300)   not null,
    title               varchar(300)   not null,
    requested           numeric(14, 2) not null,
    granted             numeric(14, 2),
    starts_on           date,
    ends_on             date,
    score               numeric(5, 2),
    comments            varchar(4000),
    status              varchar(16)    not null default 'SUBMITTED',
    budget_override_by  varchar(64),
    version             bigint         not null default 0,
    constraint application_texts_not_blank check (btrim(applicant) <> '' and btrim(title) <> ''),
    constraint application_requested_positive check (requested > 0),
    constraint application_granted_sensible check (granted is null or (granted > 0 and granted <= requested)),
    constraint application_granted_when_granted check ((granted is not null) = (status in ('GRANTED', 'IN_PROGRESS', 'CLOSED'))),
    constraint application_period_in_order check (starts_on is null or ends_on is null or ends_on >= starts_on),
    constraint application_score_range check (score is null or score between 0 and 100),
    constraint application_status_known check (status in ('SUBMITTED', 'ELIGIBLE', 'INELIGIBLE', 'GRANTED',
        'REJECTED', 'IN_PROGRESS', 'CLOSED'))
);

create index project_application_call_idx on project_application (call_id);
create index project_application_partner_idx on project_application (partner_id);

create table call_for_projects_aud (
    id          bigint   not null,
    rev         bigint   not null references revision (id),
    revtype     smallint not null,
    title_fr    varchar(300),
    title_nl    varchar(300),
    title_en    varchar(300),
    year        integer,
    theme       varchar(300),
    opens_on    date,
    deadline_on date,
    budget      numeric(14, 2),
    status      varchar(16),
    primary key (id, rev)
);

create table call_target_partner_aud (
    rev        bigint   not null references revision (id),
    revtype    smallint not null,
    call_id    bigint   not null,
    partner_id bigint   not null,
    primary key (rev, call_id, partner_id)
);

create table project_application_aud (
    id                 bigint   not null,
    rev                bigint   not null references revision (id),
    revtype            smallint not null,
    call_id            bigint,
    partner_id         bigint,
    applicant          varchar(300),
    title              varchar(300),
    requested          numeric(14, 2),
    granted            numeric(14, 2),
    starts_on          date,
    ends_on            date,
    score              numeric(5, 2),
    comments           varchar(4000),
    status             varchar(16),
    budget_override_by varchar(64),
    primary key (id, rev)
);
