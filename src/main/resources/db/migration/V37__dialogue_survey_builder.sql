-- Surveys built with a form builder instead of a text mini-language (module dialogue).
-- A survey is a DRAFT while its questions are built, PUBLISHED while it takes answers, and CLOSED
-- after. Surveys that existed before were taking answers (or had been closed): they keep their
-- questions and answers and become PUBLISHED or CLOSED.

alter table survey add column status varchar(10) default 'DRAFT' not null;
update survey set status = case when open then 'PUBLISHED' else 'CLOSED' end;
alter table survey drop column open;
alter table survey add constraint survey_status check (status in ('DRAFT', 'PUBLISHED', 'CLOSED'));

-- the kinds get names a reader understands; the old ones map TEXT -> FREE_TEXT, SCALE -> SCALE
-- (1-5, as it always was), CHOICE -> SINGLE_CHOICE
alter table survey_question alter column kind set data type varchar(20);
update survey_question set kind = 'FREE_TEXT' where kind = 'TEXT';
update survey_question set kind = 'SINGLE_CHOICE' where kind = 'CHOICE';
alter table survey_question add constraint survey_question_kind
    check (kind in ('FREE_TEXT', 'SCALE', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'RANKING', 'YES_NO'));

alter table survey_question add column required boolean default false not null;
alter table survey_question add column scale_min integer;
alter table survey_question add column scale_max integer;
alter table survey_question add column min_label varchar(100);
alter table survey_question add column max_label varchar(100);
update survey_question set scale_min = 1, scale_max = 5 where kind = 'SCALE';

-- a multiple-choice or ranking answer is one row per chosen option; place is the option's place
-- in a ranking (1 = first) and null for every other kind
alter table survey_answer add column place integer;
