-- The day from which an agreement may need its holder's attention for its expiry or its notice period: a
-- generous bound (seven months before expiry, or the notice period plus two months), so that the home page
-- reads only the agreements that may need attention; the exact rules stay in Agreement.alertsOn.
alter table agreement add column attention_from date generated always as (
    (expires_on - make_interval(months => greatest(7, coalesce(notice_months, 0) + 2)))::date) stored;

create index agreement_attention_idx on agreement (attention_from);
