-- Subscribers imported from another tool come with the basis of their consent (said by who imports them, e.g.
-- « abonnés de l'ancienne lettre, consentement recueilli en 2024 »): never imported without it.
alter table subscriber
    add column consent_basis varchar(500),
    add constraint subscriber_consent_basis_not_blank check (consent_basis is null or btrim(consent_basis) <> '');
alter table subscriber_aud add column consent_basis varchar(500);
