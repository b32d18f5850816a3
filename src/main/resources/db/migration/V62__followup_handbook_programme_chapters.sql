-- A handbook chapter may show the lessons learned (lärdomar) of a programme of the followup module.

alter table handbook_chapter add column programme_id bigint;
