-- One search across the application (header search box). Every searchable row carries a lower-cased,
-- unaccented text of what it can be found by, with a trigram index so that "%word%" lookups stay indexed
-- at ten times the cell's data. The texts are computed by the database (generated columns or triggers),
-- never by the application, so that they cannot drift from what the rows hold.

create extension if not exists pg_trgm;

create index partner_search_text_trgm_idx on partner using gin (search_text gin_trgm_ops);

alter table staff_member add column search_text text generated always as (
    lower(f_unaccent(first_name || ' ' || last_name || ' ' || username))) stored;
create index staff_member_search_text_trgm_idx on staff_member using gin (search_text gin_trgm_ops);

-- A dossier is found by its code and (thematic) titles here; by its partner and holder through joins.
alter table dossier add column search_text text generated always as (
    lower(f_unaccent(code || ' ' || coalesce(title_fr, '') || ' ' || coalesce(title_nl, '') || ' '
        || coalesce(title_en, '')))) stored;
create index dossier_search_text_trgm_idx on dossier using gin (search_text gin_trgm_ops);

alter table partner_contact add column search_text text generated always as (
    lower(f_unaccent(name || ' ' || coalesce(function, '') || ' ' || coalesce(organisation, '') || ' '
        || coalesce(email, '')))) stored;
create index partner_contact_search_text_trgm_idx on partner_contact using gin (search_text gin_trgm_ops);

alter table agreement add column search_text text generated always as (
    lower(f_unaccent(title_fr || ' ' || title_nl || ' ' || title_en || ' ' || coalesce(signed_at, '') || ' '
        || coalesce(extract(year from signed_on)::integer::text, '')))) stored;
create index agreement_search_text_trgm_idx on agreement using gin (search_text gin_trgm_ops);

alter table large_event add column search_text text generated always as (
    lower(f_unaccent(title_fr || ' ' || title_nl || ' ' || title_en || ' ' || coalesce(city, '') || ' '
        || extract(year from starts_on)::integer::text))) stored;
create index large_event_search_text_trgm_idx on large_event using gin (search_text gin_trgm_ops);

alter table project_application add column search_text text generated always as (
    lower(f_unaccent(title || ' ' || applicant))) stored;
create index project_application_search_text_trgm_idx on project_application using gin (search_text gin_trgm_ops);

-- A visit is found by its title, origin, head of delegation, year, partner (in the three languages) and
-- the names and organisations of its members ("quebec 2027", "tremblay"). Members and partner live in
-- other tables, so triggers keep the text current.
alter table delegation_visit add column search_text text;

create function visit_search_text(visit delegation_visit) returns text
    language sql stable
as $$
    select lower(f_unaccent(concat_ws(' ', visit.title, visit.origin, visit.head_name,
        extract(year from visit.starts_on)::integer::text,
        (select p.name_fr || ' ' || p.name_nl || ' ' || p.name_en from partner p where p.id = visit.partner_id),
        (select string_agg(concat_ws(' ', m.name, m.organisation), ' ') from visit_member m
          where m.visit_id = visit.id))))
$$;

create function delegation_visit_search_text_refresh() returns trigger
    language plpgsql
as $$
begin
    new.search_text := visit_search_text(new);
    return new;
end
$$;

create trigger delegation_visit_search_text before insert or update on delegation_visit
    for each row execute function delegation_visit_search_text_refresh();

-- Touching the visit row recomputes its text (the trigger above); the version column is left alone, so a
-- member added by one person does not make another's edit of the visit a conflict.
create function visit_member_search_text_refresh() returns trigger
    language plpgsql
as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update delegation_visit set search_text = null where id = old.visit_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        update delegation_visit set search_text = null where id = new.visit_id;
    end if;
    return null;
end
$$;

create trigger visit_member_search_text after insert or update or delete on visit_member
    for each row execute function visit_member_search_text_refresh();

create function partner_visits_search_text_refresh() returns trigger
    language plpgsql
as $$
begin
    update delegation_visit set search_text = null where partner_id = new.id;
    return null;
end
$$;

create trigger partner_visits_search_text after update of name_fr, name_nl, name_en on partner
    for each row execute function partner_visits_search_text_refresh();

update delegation_visit set search_text = null;

create index delegation_visit_search_text_trgm_idx on delegation_visit using gin (search_text gin_trgm_ops);
