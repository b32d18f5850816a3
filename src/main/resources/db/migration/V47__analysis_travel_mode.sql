-- Travel modes (module analysis): a road network is built for cars, walking or cycling, an import
-- of one records the mode chosen, and a run keeps the mode of the network it read. Everything
-- stored before is a car's.

alter table analysis_road_network add column travel_mode varchar(10) default 'CAR' not null;

alter table analysis_import add column travel_mode varchar(10);

alter table analysis_run add column travel_mode varchar(10) default 'CAR' not null;
