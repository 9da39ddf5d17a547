-- The agreements the reference data created (V9) named the partner without its article in French: « … et
-- Préfecture d’Aichi », « … et Grand-Duché de Luxembourg ». Now « … et la Préfecture d’Aichi », « … et le
-- Grand-Duché de Luxembourg », « … et l’Île-de-France »; a city keeps its bare name (« … et Berlin »). Only the
-- titles nobody has changed since. The change is in each agreement's history: first what it was (a baseline, as V26
-- gave partners and dossiers, for the agreements that had no history yet), then the new title, both by
-- 'reference-data'.
create temporary table agreement_title_mended on commit drop as
select a.id,
       'Accord de coopération entre la Région de Bruxelles-Capitale et '
           || case
                  when p.designation_fr ~ '^(District|Grand-Duché)\M' then 'le '
                  when p.designation_fr ~ '^(Collectivité|Municipalité|Métropole|Province|Préfecture|Région|Ville|Voïvodie|Wilaya)\M'
                      then 'la '
                  when p.designation_fr = 'Île-de-France' then 'l’'
                  else ''
              end
           || p.designation_fr as title_fr
from agreement a
join partner p on p.id = a.partner_id
where a.title_fr = 'Accord de coopération entre la Région de Bruxelles-Capitale et ' || p.designation_fr;

delete from agreement_title_mended where title_fr = (select a.title_fr from agreement a where a.id = agreement_title_mended.id);

with revision_made as (
    insert into revision (changed_at, username)
    select now(), 'reference-data'
    where exists (select 1 from agreement_title_mended)
    returning id
)
insert into agreement_aud (id, rev, revtype, partner_id, parent_id, kind, title_fr, title_nl, title_en, signatories,
                           signed_on, signed_at, in_force_on, expires_on, tacit_renewal, renewal_months, notice_months,
                           review_on, themes, notes, status)
select a.id, r.id, 0, a.partner_id, a.parent_id, a.kind, a.title_fr, a.title_nl, a.title_en, a.signatories,
       a.signed_on, a.signed_at, a.in_force_on, a.expires_on, a.tacit_renewal, a.renewal_months, a.notice_months,
       a.review_on, a.themes, a.notes, a.status
from agreement a
join agreement_title_mended m on m.id = a.id
cross join revision_made r
where not exists (select 1 from agreement_aud x where x.id = a.id);

update agreement a
   set title_fr = m.title_fr, version = a.version + 1
  from agreement_title_mended m
 where m.id = a.id;

with revision_made as (
    insert into revision (changed_at, username)
    select now(), 'reference-data'
    where exists (select 1 from agreement_title_mended)
    returning id
)
insert into agreement_aud (id, rev, revtype, partner_id, parent_id, kind, title_fr, title_nl, title_en, signatories,
                           signed_on, signed_at, in_force_on, expires_on, tacit_renewal, renewal_months, notice_months,
                           review_on, themes, notes, status)
select a.id, r.id, 1, a.partner_id, a.parent_id, a.kind, a.title_fr, a.title_nl, a.title_en, a.signatories,
       a.signed_on, a.signed_at, a.in_force_on, a.expires_on, a.tacit_renewal, a.renewal_months, a.notice_months,
       a.review_on, a.themes, a.notes, a.status
from agreement a
join agreement_title_mended m on m.id = a.id
cross join revision_made r;
