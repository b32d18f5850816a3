-- Analysis imports become durable jobs (db-scheduler task 'analysis-import', instance = the job's id):
-- the row keeps everything a try needs to read the upload again on any server. work_dir is now the
-- job's directory relative to regionrum.uploads.dir, upload_files its files relative to that
-- directory ("<form field>/<name>", one a line), started_as the user who queued it (JSON), attempts
-- how many tries have started.
alter table analysis_import add column attempts integer default 0 not null;
alter table analysis_import add column upload_files varchar;
alter table analysis_import add column started_as varchar(1000);

-- Jobs left open by a server of the earlier version lived in its memory only: nothing will read them.
update analysis_import
   set status = 'FAILED', message_key = 'analysis.import.failed.interrupted', work_dir = null,
       finished_at = current_timestamp, updated_at = current_timestamp
 where status in ('QUEUED', 'RUNNING')
   and not exists (select 1 from scheduled_tasks t
                    where t.task_name = 'analysis-import' and t.task_instance = cast(analysis_import.id as varchar(200)));
