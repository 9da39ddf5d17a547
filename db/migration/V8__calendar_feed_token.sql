-- The secret in a person's calendar feed address (iCal, for Outlook). Regenerating it ends the old address.
-- Not in the audit trail: it is a credential.
alter table user_account
    add column calendar_token varchar(64),
    add constraint user_account_calendar_token_unique unique (calendar_token);
