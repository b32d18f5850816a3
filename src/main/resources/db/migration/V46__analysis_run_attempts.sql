-- Analysis runs become durable jobs (module analysis): each run is a row of task 'analysis-run' in
-- scheduled_tasks (instance = the run's id), claimed by one server at a time and taken over by
-- another when its server dies. attempts counts the run's starts: a takeover starts it again, and
-- the result of a start that has since been taken over is discarded.
alter table analysis_run add column attempts integer default 0 not null;

-- Runs queued or running before this change were held in a server's memory and have no job that
-- would ever carry them out: they fail once, as a restart used to fail them.
update analysis_run
set status = 'FAILED', message_key = 'analysis.run.failed.interrupted', message_detail = null,
    finished_at = current_timestamp, updated_at = current_timestamp
where status in ('QUEUED', 'RUNNING')
  and not exists (select 1 from scheduled_tasks t
                  where t.task_name = 'analysis-run' and t.task_instance = cast(analysis_run.id as varchar(200)));
