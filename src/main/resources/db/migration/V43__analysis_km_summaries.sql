-- Road-distance figures per municipality and closure impact per age group and threshold (module
-- analysis). Lists are semicolon-separated like beyond_thresholds; null for runs stored before.
-- km_bands: people per road-distance band (one more value than the km limits), beyond_km: people
-- beyond each km limit, unreachable included.
alter table analysis_run_municipality add column km_bands varchar;

alter table analysis_run_municipality add column beyond_km varchar;

-- Per age group of the grid (separated by |), people pushed past each threshold (separated by ;).
alter table analysis_run_point_impact add column pushed_past_by_age varchar;
