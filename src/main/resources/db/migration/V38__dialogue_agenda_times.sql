-- Agenda items get an end time next to their start time (module dialogue), so that a timed agenda
-- ("10:05–10:15") can be shown, validated against the meeting's hours and sent in calendar files.
alter table meeting_agenda_item add column end_time time;

-- The outbox keeps the file a mail carries (the confirmation's .ics), so that what an administrator
-- reads at /admin/outbox is what SMTP would have sent.
alter table mail_outbox add column attachment_name varchar(200);
alter table mail_outbox add column attachment_type varchar(100);
alter table mail_outbox add column attachment varchar;
