-- A note may now be corrected or removed by its author or the coordinator: optimistic locking as for every
-- record people edit (its versions stay in partner_note_aud).
alter table partner_note add column version bigint not null default 0;

-- A partner's history now shows its contacts and notes, deleted ones included (Envers keeps their data).
create index partner_note_aud_partner_idx on partner_note_aud (partner_id);
create index partner_contact_aud_partner_idx on partner_contact_aud (partner_id);
