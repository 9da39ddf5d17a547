-- Notes join the header search: their text lower-cased and unaccented by PostgreSQL, found through a trigram
-- index, as the other kinds are (V15).
alter table partner_note add column search_text text generated always as (lower(f_unaccent(summary))) stored;
create index partner_note_search_text_trgm_idx on partner_note using gin (search_text gin_trgm_ops);
