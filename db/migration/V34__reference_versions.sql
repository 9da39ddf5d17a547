-- Reference data kept in memory by every instance (PeopleNames: the cell's names) is read again when it changes,
-- on every instance: each change to its table bumps a version here (a statement-level trigger, whatever wrote it:
-- the application, a migration, an administrator's SQL), and each instance compares the version it read with
-- this one every two seconds (coordination.reference.check).
create table reference_version (
    name    varchar(60) primary key,
    version bigint      not null default 0,
    constraint reference_version_not_negative check (version >= 0)
);

insert into reference_version (name) values ('staff_member');

create function bump_reference_version() returns trigger language plpgsql as $$
begin
    update reference_version set version = version + 1 where name = tg_argv[0];
    return null;
end
$$;

create trigger staff_member_changed after insert or update or delete or truncate on staff_member
    for each statement execute function bump_reference_version('staff_member');
