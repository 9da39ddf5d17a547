-- Where a person receives notifications (a dossier given to them), when mail is configured. Optional: the
-- cell's staff list gives no addresses; each person enters their own.
alter table staff_member
    add column email varchar(254),
    add constraint staff_member_email_format check (email is null or email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');

alter table staff_member_aud add column email varchar(254);
