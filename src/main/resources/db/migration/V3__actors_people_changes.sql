-- People and working groups (module actors): indexes for the filters, and no organisation+person
-- pair twice in one group. Rows without a person (person_id null) are not covered by the unique
-- index on either database; the service checks those and serialises member changes through the
-- group's version.

create unique index working_group_member_unique on working_group_member (working_group_id, organisation_id, person_id);
create index working_group_owner on working_group (owner_organisation_id);
create index person_sector_sector on person_sector (sector);
