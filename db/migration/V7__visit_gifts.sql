-- The gifts register: what was given and received during a visit, and what became of it.
create table visit_gift (
    id              bigint generated always as identity primary key,
    visit_id        bigint        not null references delegation_visit (id),
    direction       varchar(16)   not null,
    description     varchar(500)  not null,
    counterpart     varchar(300),
    estimated_value numeric(12, 2),
    outcome         varchar(500),
    constraint gift_direction_known check (direction in ('GIVEN', 'RECEIVED')),
    constraint gift_description_not_blank check (btrim(description) <> ''),
    constraint gift_value_not_negative check (estimated_value is null or estimated_value >= 0)
);

create index visit_gift_visit_idx on visit_gift (visit_id);

create table visit_gift_aud (
    id              bigint   not null,
    rev             bigint   not null references revision (id),
    revtype         smallint not null,
    visit_id        bigint,
    direction       varchar(16),
    description     varchar(500),
    counterpart     varchar(300),
    estimated_value numeric(12, 2),
    outcome         varchar(500),
    primary key (id, rev)
);
