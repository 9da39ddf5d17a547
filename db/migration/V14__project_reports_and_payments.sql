-- Funded projects: the reports they owe (due date, received date) and the payments made in tranches.
create table project_report (
    id             bigint generated always as identity primary key,
    application_id bigint        not null references project_application (id),
    due_on         date          not null,
    received_on    date,
    note           varchar(1000)
);

create index project_report_due_idx on project_report (due_on) where received_on is null;

create table project_payment (
    id             bigint generated always as identity primary key,
    application_id bigint         not null references project_application (id),
    paid_on        date           not null,
    amount         numeric(14, 2) not null,
    constraint payment_amount_positive check (amount > 0)
);

create table project_report_aud (
    id             bigint   not null,
    rev            bigint   not null references revision (id),
    revtype        smallint not null,
    application_id bigint,
    due_on         date,
    received_on    date,
    note           varchar(1000),
    primary key (id, rev)
);

create table project_payment_aud (
    id             bigint   not null,
    rev            bigint   not null references revision (id),
    revtype        smallint not null,
    application_id bigint,
    paid_on        date,
    amount         numeric(14, 2),
    primary key (id, rev)
);
