-- Surveys for a whole meeting series (module dialogue). V34 already made meeting_id nullable and
-- added series_id; a survey now belongs to exactly one of the two, and series surveys are looked
-- up by series.

alter table survey add constraint survey_one_owner
    check ((meeting_id is not null and series_id is null) or (meeting_id is null and series_id is not null));

create index survey_meeting on survey (meeting_id);
create index survey_series on survey (series_id);
