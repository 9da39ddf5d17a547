-- Protocol details asked for by the protocol office: a police escort per programme item (not only for the
-- visit), and the interpreters engaged for a visit with the items each works at.
alter table programme_item add column escort boolean not null default false;
alter table programme_item_aud add column escort boolean;

create table visit_interpreter (
    id        bigint generated always as identity primary key,
    visit_id  bigint       not null references delegation_visit (id),
    name      varchar(200) not null,
    languages varchar(200) not null,
    constraint visit_interpreter_name_not_blank check (btrim(name) <> ''),
    constraint visit_interpreter_languages_not_blank check (btrim(languages) <> '')
);

create index visit_interpreter_visit_idx on visit_interpreter (visit_id);

create table visit_interpreter_item (
    interpreter_id bigint not null references visit_interpreter (id) on delete cascade,
    item_id        bigint not null references programme_item (id),
    primary key (interpreter_id, item_id)
);

create index visit_interpreter_item_item_idx on visit_interpreter_item (item_id);

create table visit_interpreter_aud (
    id        bigint   not null,
    rev       bigint   not null references revision (id),
    revtype   smallint not null,
    visit_id  bigint,
    name      varchar(200),
    languages varchar(200),
    primary key (id, rev)
);

create table visit_interpreter_item_aud (
    rev            bigint   not null references revision (id),
    revtype        smallint not null,
    interpreter_id bigint   not null,
    item_id        bigint   not null,
    primary key (rev, interpreter_id, item_id)
);
