-- An edition takes its number when its sending starts, in its list's own series: drafts never sent (and
-- removed) leave no gap in the public archive, and the staff's internal editions do not count in the public one.
alter table edition
    alter column number drop not null,
    drop constraint edition_number_unique,
    add constraint edition_number_unique unique (audience, number),
    add constraint edition_numbered_when_sent check (status not in ('SENDING', 'PAUSED', 'SENT') or number is not null);
