-- A visit's history (its members, programme, interpreters and gifts) and an agreement's (its life and
-- documents) are read by the record they belong to.
create index visit_member_aud_visit_idx on visit_member_aud (visit_id);
create index programme_item_aud_visit_idx on programme_item_aud (visit_id);
create index visit_gift_aud_visit_idx on visit_gift_aud (visit_id);
create index visit_interpreter_aud_visit_idx on visit_interpreter_aud (visit_id);
create index agreement_event_aud_agreement_idx on agreement_event_aud (agreement_id);
create index agreement_document_aud_agreement_idx on agreement_document_aud (agreement_id);
