-- Commuting flows (module indicators): people who live in one area and work in another, per year
-- and gender, as SCB publishes them (TAB1830: Bostadskommun, Arbetsställekommun, Kön, år).
-- home_code / work_code: area codes as in indicators/areas.csv (municipality, region, NO for Norway).
-- gender: T, K, M as for indicator values. example: an illustrative figure (exempeldata).
create table commuting_flow (
    home_code   varchar(4)  not null,
    work_code   varchar(4)  not null,
    flow_year   integer     not null,
    gender      char(1)     not null,
    persons     integer     not null,
    example     boolean     not null default false,
    primary key (flow_year, gender, home_code, work_code)
);
create index commuting_flow_work on commuting_flow (flow_year, gender, work_code);
