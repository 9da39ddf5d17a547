-- Reference data of the Coordination cell, from its own description and staff list (shared/seed).
-- French designations as the cell writes them; short names in French, Dutch and English.

insert into partner (slug, designation_fr, name_fr, name_nl, name_en, kind, country_code, continent, time_zone,
                     development_cooperation)
values ('aichi', 'Préfecture d’Aichi', 'Aichi', 'Aichi', 'Aichi', 'PREFECTURE', 'JP', 'ASIA', 'Asia/Tokyo', false),
       ('algiers', 'Wilaya d’Alger', 'Alger', 'Algiers', 'Algiers', 'WILAYA', 'DZ', 'AFRICA', 'Africa/Algiers', false),
       ('berlin', 'Berlin', 'Berlin', 'Berlijn', 'Berlin', 'CITY', 'DE', 'EUROPE', 'Europe/Berlin', false),
       ('brasilia', 'District Fédéral du Brésil (Brasilia)', 'Brasilia', 'Brasilia', 'Brasília', 'FEDERAL_DISTRICT',
        'BR', 'SOUTH_AMERICA', 'America/Sao_Paulo', false),
       ('bratislava', 'Collectivité régionale de Bratislava', 'Bratislava', 'Bratislava', 'Bratislava', 'REGION',
        'SK', 'EUROPE', 'Europe/Bratislava', false),
       ('budapest', 'Budapest', 'Budapest', 'Boedapest', 'Budapest', 'CITY', 'HU', 'EUROPE', 'Europe/Budapest', false),
       ('chennai', 'Municipalité de Chennai', 'Chennai', 'Chennai', 'Chennai', 'CITY', 'IN', 'ASIA', 'Asia/Kolkata',
        true),
       ('luxembourg', 'Grand-Duché de Luxembourg', 'Luxembourg', 'Luxemburg', 'Luxembourg', 'COUNTRY', 'LU',
        'EUROPE', 'Europe/Luxembourg', false),
       ('ile-de-france', 'Île-de-France', 'Île-de-France', 'Île-de-France', 'Île-de-France', 'REGION', 'FR',
        'EUROPE', 'Europe/Paris', false),
       ('kyiv', 'Kiev', 'Kiev', 'Kyiv', 'Kyiv', 'CITY', 'UA', 'EUROPE', 'Europe/Kyiv', false),
       ('kinshasa', 'Ville-Province de Kinshasa', 'Kinshasa', 'Kinshasa', 'Kinshasa', 'CITY_PROVINCE', 'CD',
        'AFRICA', 'Africa/Kinshasa', true),
       ('havana', 'La Havane', 'La Havane', 'Havana', 'Havana', 'CITY', 'CU', 'NORTH_AMERICA', 'America/Havana', false),
       ('lille', 'Métropole européenne de Lille', 'Lille', 'Rijsel', 'Lille', 'METROPOLIS', 'FR', 'EUROPE',
        'Europe/Paris', false),
       ('ljubljana', 'Ljubljana', 'Ljubljana', 'Ljubljana', 'Ljubljana', 'CITY', 'SI', 'EUROPE', 'Europe/Ljubljana',
        false),
       ('mazovia', 'Voïvodie de Mazovie', 'Mazovie', 'Mazovië', 'Masovia', 'VOIVODESHIP', 'PL', 'EUROPE',
        'Europe/Warsaw', false),
       ('moscow', 'Moscou', 'Moscou', 'Moskou', 'Moscow', 'CITY', 'RU', 'EUROPE', 'Europe/Moscow', false),
       ('paramaribo', 'District de Paramaribo', 'Paramaribo', 'Paramaribo', 'Paramaribo', 'DISTRICT', 'SR',
        'SOUTH_AMERICA', 'America/Paramaribo', true),
       ('beijing', 'Pékin', 'Pékin', 'Peking', 'Beijing', 'CITY', 'CN', 'ASIA', 'Asia/Shanghai', false),
       ('prague', 'Prague', 'Prague', 'Praag', 'Prague', 'CITY', 'CZ', 'EUROPE', 'Europe/Prague', false),
       ('quebec', 'Québec', 'Québec', 'Quebec', 'Quebec', 'PROVINCE', 'CA', 'NORTH_AMERICA', 'America/Toronto', false),
       ('rabat-sale-kenitra', 'Région de Rabat-Salé-Kénitra', 'Rabat-Salé-Kénitra', 'Rabat-Salé-Kénitra',
        'Rabat-Salé-Kénitra', 'REGION', 'MA', 'AFRICA', 'Africa/Casablanca', true),
       ('seoul', 'Séoul', 'Séoul', 'Seoel', 'Seoul', 'CITY', 'KR', 'ASIA', 'Asia/Seoul', false),
       ('sichuan', 'Province du Sichuan', 'Sichuan', 'Sichuan', 'Sichuan', 'PROVINCE', 'CN', 'ASIA', 'Asia/Shanghai',
        false),
       ('sofia', 'Sofia', 'Sofia', 'Sofia', 'Sofia', 'CITY', 'BG', 'EUROPE', 'Europe/Sofia', false),
       ('tokyo', 'Tokyo', 'Tokyo', 'Tokio', 'Tokyo', 'METROPOLIS', 'JP', 'ASIA', 'Asia/Tokyo', false),
       ('vienna', 'Vienne', 'Vienne', 'Wenen', 'Vienna', 'CITY', 'AT', 'EUROPE', 'Europe/Vienna', false),
       ('vilnius', 'Vilnius', 'Vilnius', 'Vilnius', 'Vilnius', 'CITY', 'LT', 'EUROPE', 'Europe/Vilnius', false),
       ('washington-dc', 'Washington D.C.', 'Washington D.C.', 'Washington D.C.', 'Washington, D.C.',
        'FEDERAL_DISTRICT', 'US', 'NORTH_AMERICA', 'America/New_York', false),
       ('xian', 'Xi’an', 'Xi’an', 'Xi’an', 'Xi’an', 'CITY', 'CN', 'ASIA', 'Asia/Shanghai', false);

-- Accounts without a password: outside demo mode nobody can log in until a password is set.
insert into user_account (username, role)
values ('gclerckx', 'COORDINATOR'),
       ('dverheyden', 'STAFF'),
       ('fvandernoot', 'STAFF'),
       ('pgerard', 'STAFF'),
       ('swillaumez', 'STAFF'),
       ('cteclu', 'STAFF'),
       ('bspapens', 'STAFF'),
       ('jwillems', 'STAFF'),
       ('jmverdin', 'STAFF'),
       ('wvanwaeyenberge', 'PROTOCOL');

insert into staff_member (username, first_name, last_name, title_fr, title_nl, title_en)
values ('gclerckx', 'Geoffroy', 'Clerckx', 'Premier Attaché, Responsable de la Cellule',
        'Eerste Attaché, Hoofd van de Cel', 'First Attaché, Head of the Cell'),
       ('dverheyden', 'Daniël', 'Verheyden', 'Relations bilatérales', 'Bilaterale betrekkingen',
        'Bilateral relations'),
       ('fvandernoot', 'Florence', 'Vandernoot', 'Relations bilatérales', 'Bilaterale betrekkingen',
        'Bilateral relations'),
       ('pgerard', 'Pierre', 'Gérard', 'Relations bilatérales', 'Bilaterale betrekkingen', 'Bilateral relations'),
       ('swillaumez', 'Sophie', 'Willaumez', 'Coopération au développement', 'Ontwikkelingssamenwerking',
        'Development cooperation'),
       ('cteclu', 'Codrat-Alin', 'Teclu', 'Coopération au développement', 'Ontwikkelingssamenwerking',
        'Development cooperation'),
       ('bspapens', 'Benoît', 'Spapens', 'Coopération au développement', 'Ontwikkelingssamenwerking',
        'Development cooperation'),
       ('jwillems', 'Jef', 'Willems', 'Coopération au développement', 'Ontwikkelingssamenwerking',
        'Development cooperation'),
       ('jmverdin', 'Jean-Michel', 'Verdin', 'Chargé de communication', 'Communicatieverantwoordelijke',
        'Communication officer'),
       ('wvanwaeyenberge', 'Willy', 'Van Waeyenberge', 'Officier du Protocole', 'Protocolofficier',
        'Protocol officer');

-- One dossier per partner, named by its partner.
insert into dossier (code, kind, partner_id)
select slug, case when development_cooperation then 'DEVELOPMENT_COOPERATION' else 'BILATERAL' end, id
from partner;

insert into dossier (code, kind, title_fr, title_nl, title_en)
values ('state-visits', 'THEMATIC', 'Relations publiques – Visites d’État', 'Public relations – Staatsbezoeken',
        'Public relations – State visits'),
       ('brussels-days', 'THEMATIC', 'Brussels Days', 'Brussels Days', 'Brussels Days'),
       ('world-expos', 'THEMATIC', 'Expositions universelles et internationales',
        'Wereld- en internationale tentoonstellingen', 'World and international expos'),
       ('development-policy', 'THEMATIC', 'Coopération au développement – Politique générale',
        'Ontwikkelingssamenwerking – Algemeen beleid', 'Development cooperation – General policy'),
       ('calls-for-projects', 'THEMATIC', 'Coopération au développement – Appels à projets',
        'Ontwikkelingssamenwerking – Projectoproepen', 'Development cooperation – Calls for projects'),
       ('communication', 'THEMATIC', 'Communication', 'Communicatie', 'Communication'),
       ('eat-brussels', 'THEMATIC', 'Festival eat! BRUSSELS – volet international',
        'Festival eat! BRUSSELS – internationaal luik', 'eat! BRUSSELS festival – international part'),
       ('protocol', 'THEMATIC', 'Protocole', 'Protocol', 'Protocol');

-- Assignments exactly as the cell's staff list gives them, from the day this register started.
insert into assignment (dossier_id, staff_member_id, valid_from, decided_by, reason)
select d.id, s.id, date '2026-11-28', 'reference-data', 'Répartition des dossiers selon l’organigramme de la Cellule'
from (values ('gclerckx', 'aichi'), ('gclerckx', 'brasilia'), ('gclerckx', 'luxembourg'), ('gclerckx', 'seoul'),
             ('gclerckx', 'tokyo'), ('gclerckx', 'state-visits'), ('gclerckx', 'brussels-days'),
             ('gclerckx', 'world-expos'),
             ('dverheyden', 'algiers'), ('dverheyden', 'kyiv'), ('dverheyden', 'havana'), ('dverheyden', 'moscow'),
             ('dverheyden', 'beijing'), ('dverheyden', 'sichuan'), ('dverheyden', 'washington-dc'),
             ('dverheyden', 'xian'),
             ('fvandernoot', 'berlin'), ('fvandernoot', 'bratislava'), ('fvandernoot', 'budapest'),
             ('fvandernoot', 'ile-de-france'), ('fvandernoot', 'havana'), ('fvandernoot', 'lille'),
             ('fvandernoot', 'ljubljana'), ('fvandernoot', 'prague'), ('fvandernoot', 'quebec'),
             ('fvandernoot', 'vienna'), ('fvandernoot', 'vilnius'),
             ('pgerard', 'sofia'), ('pgerard', 'mazovia'),
             ('swillaumez', 'kinshasa'),
             ('cteclu', 'development-policy'), ('cteclu', 'calls-for-projects'), ('cteclu', 'chennai'),
             ('bspapens', 'development-policy'), ('bspapens', 'calls-for-projects'), ('bspapens', 'rabat-sale-kenitra'),
             ('jwillems', 'development-policy'), ('jwillems', 'calls-for-projects'), ('jwillems', 'paramaribo'),
             ('jmverdin', 'communication'), ('jmverdin', 'eat-brussels'),
             ('wvanwaeyenberge', 'protocol')) as seed (username, dossier_code)
         join staff_member s on s.username = seed.username
         join dossier d on d.code = seed.dossier_code;
