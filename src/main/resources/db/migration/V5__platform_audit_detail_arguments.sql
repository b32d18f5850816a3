-- Audit details are message keys; their arguments are kept beside them (JSON array of strings),
-- so the log reads in the reader's language.
alter table audit_entry add column detail_arguments varchar(2000);
