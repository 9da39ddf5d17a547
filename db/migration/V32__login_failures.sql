-- Failed logins (and other throttled attempts) counted in the database rather than in one instance's memory: every
-- instance sees the same counts and locks, and a restart forgets nothing. One row per account or network address
-- (kind), kept while it matters: rows neither locked nor failed within the lock's duration are deleted.
create table login_failure (
    kind         varchar(8)   not null,
    key          varchar(300) not null,
    count        integer      not null,
    last_at      timestamptz  not null,
    locked_until timestamptz,
    primary key (kind, key),
    constraint login_failure_kind_known check (kind in ('ACCOUNT', 'ADDRESS')),
    constraint login_failure_count_positive check (count >= 0)
);
