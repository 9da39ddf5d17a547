-- One number for "the data as it stands" (issue 23): pages kept in memory are served again only while it has not
-- moved. Every statement that writes a table of the application (the application, a migration, an administrator's
-- SQL) notes, once per transaction, a row in data_change; the number is data_version_base.base plus those rows. A
-- writer takes no lock anyone else waits for (an insert), the number moves exactly when such a transaction commits,
-- and a reader who read it before reading a page's data read that data as it was then or later.
-- data_change is folded into the base from time to time (DataVersion.fold), which leaves the number unchanged.
-- Not noted: the sessions and the failed logins (no page shows them), and Flyway's own history.
create table data_version_base (
    only_row boolean primary key default true,
    base     bigint  not null default 0,
    constraint data_version_base_one_row check (only_row),
    constraint data_version_base_not_negative check (base >= 0)
);

insert into data_version_base default values;

create table data_change (
    id bigint generated always as identity primary key
);

create function data_version() returns bigint language sql stable as $$
    select base + (select count(*) from data_change) from data_version_base
$$;

create function note_data_change() returns trigger language plpgsql as $$
begin
    if current_setting('coordination.data_change_noted', true) is distinct from pg_current_xact_id()::text then
        insert into data_change default values;
        perform set_config('coordination.data_change_noted', pg_current_xact_id()::text, true);
    end if;
    return null;
end
$$;

do $$
declare
    t record;
begin
    for t in select tablename from pg_tables
             where schemaname = current_schema()
               and tablename not in ('spring_session', 'spring_session_attributes', 'login_failure',
                                     'flyway_schema_history', 'data_change', 'data_version_base')
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function note_data_change()', t.tablename || '_noted', t.tablename);
    end loop;
end
$$;
