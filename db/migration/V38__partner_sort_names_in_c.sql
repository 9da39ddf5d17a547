-- Partners' names are ordered by their sort_name_* (lower(f_unaccent(name)), V1), the same key as queries' sort_key
-- and the lists sorted in memory (Languages.NAMES): compared character by character, whatever collation the
-- database was created with — in fr_BE.UTF-8 or en_US.UTF-8 it ignores spaces and hyphens, and a list the database
-- pages through would disagree with the same partners sorted in memory.
alter table partner
    alter column sort_name_fr type text collate "C",
    alter column sort_name_nl type text collate "C",
    alter column sort_name_en type text collate "C";
