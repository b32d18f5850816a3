-- Indicator imports become durable jobs (db-scheduler task 'indicator-import', instance = the job's
-- id): the row keeps everything a try needs to read the upload or fetch again on any server.
-- work_dir is now the job's directory relative to regionrum.uploads.dir; upload_files its uploaded
-- files relative to that directory (data files "f<n>/<name>", Kolada's KPI file "kpis/<name>", one
-- a line); indicator_id, table_id, encoding and fetch_* the form's options (fetch_url: the Kolada
-- API the fetch was accepted for, which the server that runs it fetches from); started_as the user who
-- queued it (JSON); attempts how many tries have started.
alter table indicator_import add column attempts integer default 0 not null;
alter table indicator_import add column upload_files varchar;
alter table indicator_import add column indicator_id bigint;
alter table indicator_import add column table_id varchar(100);
alter table indicator_import add column encoding varchar(40);
alter table indicator_import add column fetch_kpis varchar;
alter table indicator_import add column fetch_municipalities varchar;
alter table indicator_import add column fetch_years varchar;
alter table indicator_import add column fetch_url varchar(1000);
alter table indicator_import add column started_as varchar(1000);

-- Jobs left open by a server of the earlier version lived in its memory only: nothing will read them.
update indicator_import
   set status = 'FAILED', message_key = 'indicatorimports.failed.interrupted', work_dir = null,
       finished_at = current_timestamp, updated_at = current_timestamp
 where status in ('QUEUED', 'RUNNING')
   and not exists (select 1 from scheduled_tasks t
                    where t.task_name = 'indicator-import' and t.task_instance = cast(indicator_import.id as varchar(200)));
