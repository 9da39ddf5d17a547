-- Signed texts and annexes of agreements, stored in PostgreSQL so that a database backup holds them. A new
-- version replaces an older one without deleting it (replaces_id). The bytes live in their own table so
-- that lists never load them.
create table agreement_document (
    id           bigint generated always as identity primary key,
    agreement_id bigint        not null references agreement (id),
    label        varchar(300)  not null,
    file_name    varchar(300)  not null,
    media_type   varchar(100)  not null,
    size_bytes   bigint        not null,
    sha256       varchar(64)   not null,
    replaces_id  bigint references agreement_document (id),
    uploaded_by  varchar(64)   not null,
    uploaded_at  timestamptz   not null default now(),
    constraint document_label_not_blank check (btrim(label) <> ''),
    constraint document_media_type_known check (media_type in ('application/pdf',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/vnd.oasis.opendocument.text')),
    constraint document_size_positive check (size_bytes > 0),
    constraint document_replaced_once unique (replaces_id)
);

create index agreement_document_agreement_idx on agreement_document (agreement_id);

create table agreement_document_content (
    document_id bigint primary key references agreement_document (id),
    content     bytea not null
);

create table agreement_document_aud (
    id           bigint   not null,
    rev          bigint   not null references revision (id),
    revtype      smallint not null,
    agreement_id bigint,
    label        varchar(300),
    file_name    varchar(300),
    media_type   varchar(100),
    size_bytes   bigint,
    sha256       varchar(64),
    replaces_id  bigint,
    uploaded_by  varchar(64),
    uploaded_at  timestamptz,
    primary key (id, rev)
);

create table agreement_document_content_aud (
    document_id bigint   not null,
    rev         bigint   not null references revision (id),
    revtype     smallint not null,
    primary key (document_id, rev)
);
