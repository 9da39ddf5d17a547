-- Why a thematic dossier was retired: its history says so even when nobody held it.
alter table dossier
    add column retire_reason varchar(500),
    add constraint dossier_retired_with_reason check ((retired_on is null) = (retire_reason is null)),
    add constraint dossier_retire_reason_not_blank check (retire_reason is null or btrim(retire_reason) <> '');
alter table dossier_aud add column retire_reason varchar(500);

-- Partners and dossiers are now edited in the interface, and their histories say "before → after". Those the
-- migrations created had no audit row yet: they get one, as created by the reference data, to compare with.
with baseline as (
    insert into revision (changed_at, username)
    select now(), 'reference-data'
    where exists (select 1 from partner p where not exists (select 1 from partner_aud x where x.id = p.id))
       or exists (select 1 from dossier d where not exists (select 1 from dossier_aud x where x.id = d.id))
    returning id
), partners as (
    insert into partner_aud (id, rev, revtype, slug, designation_fr, name_fr, name_nl, name_en, kind, country_code,
                             continent, time_zone, development_cooperation, ended_on, end_reason)
    select p.id, b.id, 0, p.slug, p.designation_fr, p.name_fr, p.name_nl, p.name_en, p.kind, p.country_code,
           p.continent, p.time_zone, p.development_cooperation, p.ended_on, p.end_reason
    from partner p cross join baseline b
    where not exists (select 1 from partner_aud x where x.id = p.id)
)
insert into dossier_aud (id, rev, revtype, code, kind, partner_id, title_fr, title_nl, title_en, vacant_since,
                         retired_on, retire_reason)
select d.id, b.id, 0, d.code, d.kind, d.partner_id, d.title_fr, d.title_nl, d.title_en, d.vacant_since,
       d.retired_on, d.retire_reason
from dossier d cross join baseline b
where not exists (select 1 from dossier_aud x where x.id = d.id);
