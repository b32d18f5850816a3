-- People in cells further than the cell snap distance from the road network (module analysis), so
-- that a run's page can say how much of the population its result leaves out. Null for runs stored
-- before it was kept.
alter table analysis_run add column population_off_network bigint;
