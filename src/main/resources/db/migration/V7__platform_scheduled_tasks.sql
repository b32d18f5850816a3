-- Durable background jobs and cluster-wide schedules of db-scheduler (module platform): one row per
-- job or schedule, claimed by one application server at a time (picked, picked_by, version), kept
-- alive by that server's heartbeat and taken over by another server when the heartbeat stops.
-- The columns are those of db-scheduler 16's postgresql_tables.sql; varchar instead of text so that
-- H2 can index them, bytea for the task data on both databases.

create table scheduled_tasks (
    task_name            varchar(100) not null,
    task_instance        varchar(200) not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean not null,
    picked_by            varchar(200),
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint not null,
    priority             smallint,
    constraint scheduled_tasks_pk primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_ix on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_ix on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_ix on scheduled_tasks (priority desc, execution_time asc);
