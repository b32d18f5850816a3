-- An activity may be a whole meeting series of the dialogue module (chosen, not copied).
alter table activity add column series_id bigint;
