-- A programme's measured result may cite an indicator (module indicators, held by id only): the final
-- report shows its regional values in the first and latest year of the programme's period.
alter table programme_measure add column indicator_id bigint;
