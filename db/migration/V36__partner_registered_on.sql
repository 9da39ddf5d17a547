-- When a partner was registered in the application: the home page's "no exchange for a year" leaves out a partnership
-- younger than that (a partner registered last week is new, not going cold). Known from the audit trail for the
-- partners registered through the application; unknown (null) for those loaded with the first data, registered before
-- the application kept it (their first audit row is V26's baseline, by 'reference-data', not a registration). Set by
-- the database for every partner registered from now on.
alter table partner add column registered_on date;

update partner p
   set registered_on = (select min(r.changed_at)::date
                          from partner_aud a
                          join revision r on r.id = a.rev
                         where a.id = p.id and a.revtype = 0 and r.username <> 'reference-data');

alter table partner alter column registered_on set default current_date;
