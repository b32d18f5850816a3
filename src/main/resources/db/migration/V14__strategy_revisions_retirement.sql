-- A strategy may be a revision of an earlier one; a retired goal keeps a note on why (module strategy).
alter table strategy add column revises_id bigint references strategy (id);
alter table goal add column retire_note varchar(1000);
